#include "config/ScreenReader.h"

#include "config/IndicatorReader.h"
#include "config/TileReader.h"
#include "json/JsonText.h"
#include "layout/CanvasLayout.h"
#include "layout/TilePlacement.h"

#include <QSet>

namespace Pantau::ScreenReader {

namespace {

void readScreenMatch(JsonReader &r, const QJsonObject &object, const JsonPointer &here,
                     ScreenConfig &screen)
{
    if (object.contains(QStringLiteral("size"))) {
        if (const std::optional<QRect> size = r.rect(object.value(QStringLiteral("size")),
                                                     here.child(QStringLiteral("size")), false))
            screen.size = size->size();
    }
    const std::optional<JsonReader::Child> found = r.child(object, here, QStringLiteral("match"));
    if (!found)
        return;
    const JsonPointer &at = found->at;
    const QJsonObject *match = &found->object;
    r.rejectUnknownKeys(*match, at, {"manufacturer", "model", "serial", "geometry"});
    screen.match.manufacturer =
        r.string(*match, at, QStringLiteral("manufacturer"), false).value_or(QString());
    screen.match.model = r.string(*match, at, QStringLiteral("model"), false).value_or(QString());
    screen.match.serial = r.string(*match, at, QStringLiteral("serial"), false).value_or(QString());
    if (match->contains(QStringLiteral("geometry")))
        screen.match.geometry = r.rect(match->value(QStringLiteral("geometry")),
                                       at.child(QStringLiteral("geometry")), true);
    if (screen.match.isEmpty())
        r.error(at, QStringLiteral("expected at least one of manufacturer, model, serial or "
                                   "geometry"));
}

// Monitor names claimed so far. A monitor can be named by a screen on one monitor, a canvas
// panel or the spare, but by only one of them: two windows cannot share a monitor.
class MonitorNames
{
public:
    // Screens' names among themselves are already checked as screen names.
    void claimForScreen(JsonReader &r, const QString &name, const JsonPointer &at)
    {
        if (const auto it = m_panels.constFind(name); it != m_panels.constEnd())
            r.error(at, QStringLiteral("monitor \"%1\" is already used at %2; a monitor shows "
                                       "one screen")
                            .arg(name, it.value().toString()));
        m_screens.insert(name, at);
    }
    void claimForPanel(JsonReader &r, const QString &name, const JsonPointer &at)
    {
        if (const auto it = m_screens.constFind(name); it != m_screens.constEnd()) {
            r.error(at, QStringLiteral("monitor \"%1\" is already the screen at %2; a monitor "
                                       "shows one screen")
                            .arg(name, it.value().toString()));
            return;
        }
        r.unique(m_panels, name, at, QStringLiteral("monitor name"));
    }

private:
    QHash<QString, JsonPointer> m_screens;
    QHash<QString, JsonPointer> m_panels; // canvas panels and the spare
};

// One monitor: its name as a string, or an object with "name" and the keys of a screen's
// "match". Used for a canvas's panels and for the spare monitor.
std::optional<MonitorSelector> readSelector(JsonReader &r, const QJsonValue &value,
                                            const JsonPointer &at)
{
    MonitorSelector selector;
    if (value.isString()) {
        selector.name = value.toString();
        if (selector.name.trimmed().isEmpty()) {
            r.error(at, QStringLiteral("must not be empty; expected a monitor name"));
            return std::nullopt;
        }
        return selector;
    }
    if (!value.isObject()) {
        r.error(at, QStringLiteral("expected a monitor name or an object with name, "
                                   "manufacturer, model, serial or geometry, found %1")
                        .arg(JsonText::typeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    r.rejectUnknownKeys(object, at, {"name", "manufacturer", "model", "serial", "geometry"});
    selector.name = r.string(object, at, QStringLiteral("name"), false).value_or(QString());
    selector.match.manufacturer =
        r.string(object, at, QStringLiteral("manufacturer"), false).value_or(QString());
    selector.match.model = r.string(object, at, QStringLiteral("model"), false).value_or(QString());
    selector.match.serial =
        r.string(object, at, QStringLiteral("serial"), false).value_or(QString());
    if (object.contains(QStringLiteral("geometry")))
        selector.match.geometry = r.rect(object.value(QStringLiteral("geometry")),
                                         at.child(QStringLiteral("geometry")), true);
    if (selector.isEmpty()) {
        r.error(at, QStringLiteral("expected at least one of name, manufacturer, model, serial "
                                   "or geometry"));
        return std::nullopt;
    }
    return selector;
}

void readCanvas(JsonReader &r, const QJsonObject &object, const JsonPointer &here,
                ScreenConfig &screen, MonitorNames &monitorNames)
{
    const JsonPointer at = here.child(QStringLiteral("canvas"));
    const std::optional<QJsonObject> canvasObject =
        r.object(object.value(QStringLiteral("canvas")), at);
    if (!canvasObject)
        return;
    r.rejectUnknownKeys(*canvasObject, at, {"columns", "rows", "bezel", "panels"});
    CanvasConfig canvas;
    for (const char *key : {"columns", "rows"})
        if (!canvasObject->contains(QLatin1String(key)))
            r.error(at, QStringLiteral("missing required key \"%1\"").arg(QLatin1String(key)));
    canvas.columns = r.integer(*canvasObject, at, QStringLiteral("columns"), 1, 1, 8);
    canvas.rows = r.integer(*canvasObject, at, QStringLiteral("rows"), 1, 1, 8);
    canvas.bezelPixels = r.integer(*canvasObject, at, QStringLiteral("bezel"), 0, 0, 500);
    const JsonPointer panelsAt = at.child(QStringLiteral("panels"));
    const std::optional<QJsonArray> panels =
        r.array(*canvasObject, at, QStringLiteral("panels"), true);
    if (panels && panels->size() != canvas.columns * canvas.rows)
        r.error(panelsAt, QStringLiteral("expected %1 panels (%2 columns x %3 rows, row by row), "
                                         "found %4")
                              .arg(canvas.columns * canvas.rows)
                              .arg(canvas.columns)
                              .arg(canvas.rows)
                              .arg(panels->size()));
    for (qsizetype p = 0; panels && p < panels->size(); ++p) {
        const JsonPointer panelAt = panelsAt.child(p);
        const std::optional<MonitorSelector> panel = readSelector(r, panels->at(p), panelAt);
        if (!panel)
            continue;
        if (!panel->name.isEmpty())
            monitorNames.claimForPanel(r, panel->name, panelAt);
        canvas.panels.append(*panel);
    }
    if (object.contains(QStringLiteral("match")))
        r.error(here.child(QStringLiteral("match")),
                QStringLiteral("a canvas finds its monitors through \"canvas\": {\"panels\"}; "
                               "\"match\" is for a screen on one monitor"));
    if (!object.contains(QStringLiteral("size")))
        screen.size = QSize(canvas.columns * 1920, canvas.rows * 1080);
    screen.canvas = canvas;
}

// Every page of a canvas must split evenly over its panels, with no tile across a seam.
void checkCanvasPages(JsonReader &r, const ScreenConfig &screen, const JsonPointer &here,
                      bool paged)
{
    if (!screen.canvas ||
        screen.canvas->panels.size() != screen.canvas->columns * screen.canvas->rows)
        return;
    for (qsizetype p = 0; p < screen.pages.size(); ++p) {
        const PageConfig &page = screen.pages.at(p);
        const JsonPointer pageAt = paged ? here.child(QStringLiteral("pages")).child(p) : here;
        const TilePlacement::Result placed =
            TilePlacement::place(page.tiles, page.columns, page.rows);
        if (!placed.problems.isEmpty())
            continue; // already reported; seams of a broken grid would only add noise
        for (const CanvasLayout::Problem &problem :
             CanvasLayout::check(*screen.canvas, page.columns, placed.rows, placed.cells)) {
            r.error(problem.tile < 0 ? pageAt
                                     : pageAt.child(QStringLiteral("tiles")).child(problem.tile),
                    problem.message);
        }
    }
}

// A grid of tiles: a page of its own, or the one page of a screen written without "pages".
PageConfig readPage(JsonReader &r, const QJsonObject &object, const JsonPointer &at,
                    const Config &config, const QSet<QString> &knownIndicators)
{
    PageConfig page;
    page.columns = r.integer(object, at, QStringLiteral("columns"), 2, 1, 12);
    page.rows = r.integer(object, at, QStringLiteral("rows"), 0, 0, 12);
    const std::optional<QJsonArray> tiles = r.array(object, at, QStringLiteral("tiles"), true);
    const JsonPointer tilesAt = at.child(QStringLiteral("tiles"));
    for (qsizetype t = 0; tiles && t < tiles->size(); ++t) {
        const JsonPointer tileAt = tilesAt.child(t);
        if (const std::optional<QJsonObject> tileObject = r.object(tiles->at(t), tileAt))
            page.tiles.append(TileReader::read(r, *tileObject, tileAt, config, knownIndicators));
    }
    const TilePlacement::Result placed = TilePlacement::place(page.tiles, page.columns, page.rows);
    for (const TilePlacement::Problem &problem : placed.problems)
        r.error(tilesAt.child(problem.tile), problem.message);
    return page;
}

void readRotation(JsonReader &r, const QJsonObject &object, const JsonPointer &here,
                  ScreenConfig &screen)
{
    const std::optional<JsonReader::Child> found =
        r.child(object, here, QStringLiteral("rotation"));
    if (!found)
        return;
    const JsonPointer &at = found->at;
    const QJsonObject *rotation = &found->object;
    r.rejectUnknownKeys(*rotation, at, {"seconds", "synchronized"});
    if (!rotation->contains(QStringLiteral("seconds")))
        r.error(at, QStringLiteral("missing required key \"seconds\""));
    screen.rotation.seconds = r.integer(*rotation, at, QStringLiteral("seconds"), 0, 5, 86400);
    screen.rotation.synchronized = r.flag(*rotation, at, QStringLiteral("synchronized"), true);
}

} // namespace

void read(JsonReader &r, const QJsonObject &root, Config &config)
{
    const std::optional<QList<JsonReader::Child>> list =
        r.objects(root, JsonPointer(), QStringLiteral("screens"), true);
    if (!list)
        return;
    const JsonPointer at = JsonPointer().child(QStringLiteral("screens"));
    if (root.value(QStringLiteral("screens")).toArray().isEmpty())
        r.error(at, QStringLiteral("a wall needs at least one screen"));
    const QSet<QString> knownIndicators = IndicatorReader::ids(config);
    QHash<QString, JsonPointer> seen;
    MonitorNames monitorNames;
    for (const auto &[object, here] : *list) {
        const bool paged = object.contains(QStringLiteral("pages"));
        if (paged)
            r.rejectUnknownKeys(object, here,
                                {"name", "title", "match", "size", "canvas", "pages", "rotation"});
        else
            r.rejectUnknownKeys(
                object, here,
                {"name", "title", "match", "size", "canvas", "columns", "rows", "tiles"});
        ScreenConfig screen;
        screen.name = r.string(object, here, QStringLiteral("name"), true).value_or(QString());
        if (!screen.name.isEmpty())
            r.unique(seen, screen.name, here.child(QStringLiteral("name")),
                     QStringLiteral("screen name"));
        screen.title = screen.name;
        r.title(object, here, &screen.title, &screen.titleEn);
        readScreenMatch(r, object, here, screen);
        if (object.contains(QStringLiteral("canvas"))) {
            readCanvas(r, object, here, screen, monitorNames);
        } else {
            if (!screen.name.isEmpty())
                monitorNames.claimForScreen(r, screen.name, here.child(QStringLiteral("name")));
        }
        if (!paged) {
            // A screen with one grid of tiles is a screen with one page.
            PageConfig page = readPage(r, object, here, config, knownIndicators);
            page.title = screen.title;
            page.titleEn = screen.titleEn;
            screen.pages.append(page);
            checkCanvasPages(r, screen, here, false);
            config.screens.append(screen);
            continue;
        }
        readRotation(r, object, here, screen);
        const JsonPointer pagesAt = here.child(QStringLiteral("pages"));
        const std::optional<QJsonArray> pages =
            r.array(object, here, QStringLiteral("pages"), true);
        if (pages && pages->isEmpty())
            r.error(pagesAt, QStringLiteral("a screen needs at least one page"));
        for (qsizetype p = 0; pages && p < pages->size(); ++p) {
            const JsonPointer pageAt = pagesAt.child(p);
            const std::optional<QJsonObject> pageObject = r.object(pages->at(p), pageAt);
            if (!pageObject)
                continue;
            r.rejectUnknownKeys(*pageObject, pageAt,
                                {"title", "public", "columns", "rows", "tiles"});
            PageConfig page = readPage(r, *pageObject, pageAt, config, knownIndicators);
            page.title = screen.title;
            page.titleEn = screen.titleEn;
            r.title(*pageObject, pageAt, &page.title, &page.titleEn);
            page.isPublic = r.flag(*pageObject, pageAt, QStringLiteral("public"), false);
            screen.pages.append(page);
        }
        checkCanvasPages(r, screen, here, true);
        config.screens.append(screen);
    }

    const QJsonValue spare = root.value(QStringLiteral("spare"));
    if (spare.isUndefined())
        return;
    const JsonPointer spareAt = JsonPointer().child(QStringLiteral("spare"));
    config.spare = readSelector(r, spare, spareAt);
    if (config.spare && !config.spare->name.isEmpty())
        monitorNames.claimForPanel(r, config.spare->name, spareAt);
}

} // namespace Pantau::ScreenReader
