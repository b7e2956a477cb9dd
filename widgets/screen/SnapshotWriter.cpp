#include "screen/SnapshotWriter.h"

#include "screen/ScreenView.h"
#include "state/IndicatorModel.h"
#include "tiles/Tile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>

namespace Pantau {

QString SnapshotWriter::fileNameFor(const QString &screenName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = screenName;
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("screen") : name;
}

bool SnapshotWriter::write(const QString &dir, const std::vector<ScreenView *> &views,
                           const IndicatorModel &indicators, const Config &config,
                           const QDateTime &now, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the folder %1").arg(dir);
        return false;
    }
    const QDir out(dir);
    QJsonArray screens;
    for (ScreenView *view : views) {
        // Every page: NAME.png is the first, NAME-2.png the second, and so on.
        QJsonArray pages;
        for (int page = 0; page < view->pageCount(); ++page) {
            view->pinPage(page, false);
            const QString fileName = fileNameFor(view->screenConfig().name) +
                                     (page == 0 ? QString() : QStringLiteral("-%1").arg(page + 1)) +
                                     QStringLiteral(".png");
            const QPixmap image = view->grab();
            if (!image.save(out.filePath(fileName), "PNG")) {
                *error = QStringLiteral("cannot write %1").arg(out.filePath(fileName));
                return false;
            }
            QJsonObject entry;
            entry.insert(QStringLiteral("title"), view->pageConfig(page).title);
            entry.insert(QStringLiteral("file"), fileName);
            // The words and figures on the page as painted, for scripts and tests that check
            // what a wall says without reading pixels.
            QJsonArray texts;
            for (const Tile *tile : view->pageTiles(page))
                for (const Tile::DrawnText &drawn : tile->drawnTexts())
                    texts.append(drawn.text);
            entry.insert(QStringLiteral("texts"), texts);
            pages.append(entry);
        }
        view->releasePin();
        QJsonObject screen;
        screen.insert(QStringLiteral("name"), view->screenConfig().name);
        screen.insert(QStringLiteral("file"),
                      pages.first().toObject().value(QStringLiteral("file")));
        screen.insert(QStringLiteral("width"), view->width());
        screen.insert(QStringLiteral("height"), view->height());
        screen.insert(QStringLiteral("pages"), pages);
        screens.append(screen);
    }

    QJsonObject state;
    state.insert(QStringLiteral("generated"), now.toString(Qt::ISODate));
    state.insert(QStringLiteral("config"), config.sourcePath.isEmpty()
                                               ? QStringLiteral("(built-in demo)")
                                               : config.sourcePath);
    state.insert(QStringLiteral("demo"), config.usesDemoFeeds());
    state.insert(QStringLiteral("screens"), screens);
    state.insert(QStringLiteral("indicators"), indicators.stateJson());

    QSaveFile file(out.filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool SnapshotWriter::writeScreen(ScreenView *view, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !view->grab().save(&file, "PNG") || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Pantau
