#include "DeskColumns.h"

#include "feeds/FailureKind.h"
#include "locale/Formatter.h"
#include "screen/TileContext.h"
#include "state/AlertModel.h"
#include "state/FeedHealthModel.h"
#include "theme/Theme.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QFont>

namespace Pantau::DeskColumns {

namespace {

QFont bold()
{
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace

QString stateText(AlarmState state, const QString &acknowledgedAt, const QString &until)
{
    // An icon and a word for each, so the state reads without colour.
    switch (state) {
    case AlarmState::ActiveUnacknowledged:
        return QCoreApplication::translate("Pantau::DeskColumns", "\u25cf Aktif, belum diakui");
    case AlarmState::ActiveAcknowledged:
        return QCoreApplication::translate("Pantau::DeskColumns", "\u2713 Diakui %1")
            .arg(acknowledgedAt);
    case AlarmState::ReturnedUnacknowledged:
        return QCoreApplication::translate("Pantau::DeskColumns",
                                           "\u25cb Sudah pulih, belum diakui");
    case AlarmState::Shelved:
        return QCoreApplication::translate("Pantau::DeskColumns", "\u23f8 Ditunda sampai %1")
            .arg(until);
    case AlarmState::Suppressed:
        return QCoreApplication::translate("Pantau::DeskColumns",
                                           "\u2298 Ditahan: sumber data gagal");
    case AlarmState::OutOfService:
        return QCoreApplication::translate("Pantau::DeskColumns", "\u26d4 Di luar layanan");
    case AlarmState::Normal:
        break;
    }
    return QCoreApplication::translate("Pantau::DeskColumns", "Normal");
}

QList<ColumnsProxyModel::Column> alerts(const Context &context)
{
    // "13.05 WIB", or with the day when not today.
    const auto at = [context](const QDateTime &time) {
        const TileContext &c = context();
        return QStringLiteral("%1 %2").arg(c.formatter->eventTime(time, c.clock->now()),
                                           c.formatter->zoneAbbreviation(time));
    };
    QList<ColumnsProxyModel::Column> columns;
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Tingkat"),
         {AlertModel::SeverityRole},
         [context](const QModelIndex &source, int role) -> QVariant {
             const bool critical =
                 source.data(AlertModel::SeverityRole).value<Pantau::AlertSeverity>() ==
                 Pantau::AlertSeverity::Critical;
             if (role == Qt::DisplayRole)
                 return critical
                            ? QCoreApplication::translate("Pantau::DeskColumns", "\u2716 Kritis")
                            : QCoreApplication::translate("Pantau::DeskColumns", "\u25b2 Waspada");
             if (role == Qt::ForegroundRole)
                 return context().theme->statusInk(critical ? IndicatorStatus::Critical
                                                            : IndicatorStatus::Warning);
             if (role == Qt::FontRole)
                 return bold();
             return {};
         },
         110});
    columns.append({QCoreApplication::translate("Pantau::DeskColumns", "Sejak"),
                    {AlertModel::SinceRole},
                    [at](const QModelIndex &source, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return at(source.data(AlertModel::SinceRole).toDateTime());
                        return {};
                    },
                    130});
    columns.append({QCoreApplication::translate("Pantau::DeskColumns", "Pesan"),
                    {AlertModel::MessageRole, AlertModel::HeldBackRole},
                    [](const QModelIndex &source, int role) -> QVariant {
                        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                            return {};
                        const QString text = source.data(AlertModel::MessageRole).toString();
                        // Flood control: the failing feed's alarm says how many it stands for.
                        const int held = source.data(AlertModel::HeldBackRole).toInt();
                        return held > 0 ? QCoreApplication::translate("Pantau::DeskColumns",
                                                                      "%1 (menahan %n peringatan)",
                                                                      nullptr, held)
                                              .arg(text)
                                        : text;
                    },
                    340});
    columns.append({QCoreApplication::translate("Pantau::DeskColumns", "Status"),
                    {AlertModel::StateRole, AlertModel::AcknowledgedAtRole, AlertModel::UntilRole},
                    [at, context](const QModelIndex &source, int role) -> QVariant {
                        const AlarmState state =
                            source.data(AlertModel::StateRole).value<AlarmState>();
                        if (role == Qt::DisplayRole)
                            return DeskColumns::stateText(
                                state, at(source.data(AlertModel::AcknowledgedAtRole).toDateTime()),
                                at(source.data(AlertModel::UntilRole).toDateTime()));
                        if (role == Qt::FontRole && isUnacknowledged(state))
                            return bold();
                        if (role == Qt::ForegroundRole && !AlertModel::isAnnunciated(state))
                            return context().theme->statusInk(IndicatorStatus::Stale);
                        return {};
                    },
                    200});
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Oleh"),
         {AlertModel::AcknowledgedByRole, AlertModel::OperatorRole, AlertModel::HiddenByRole},
         [](const QModelIndex &source, int role) -> QVariant {
             if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                 return {};
             // Who shelved it or took it out of service, else who acknowledged it.
             const QString hider = source.data(AlertModel::HiddenByRole).toString();
             if (!hider.isEmpty())
                 return hider;
             const QString user = source.data(AlertModel::AcknowledgedByRole).toString();
             const QString name = source.data(AlertModel::OperatorRole).toString();
             if (user.isEmpty())
                 return QString();
             return name.isEmpty()
                        ? user
                        : QCoreApplication::translate("Pantau::DeskColumns", "%1 (pengguna %2)")
                              .arg(name, user);
         },
         160});
    columns.append({QCoreApplication::translate("Pantau::DeskColumns", "Catatan / alasan"),
                    {AlertModel::NoteRole, AlertModel::ReasonRole},
                    [](const QModelIndex &source, int role) -> QVariant {
                        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                            return {};
                        const QString reason = source.data(AlertModel::ReasonRole).toString();
                        return reason.isEmpty() ? source.data(AlertModel::NoteRole) : reason;
                    },
                    0});
    return columns;
}

QList<ColumnsProxyModel::Column> health(const Context &context)
{
    using FeedState = FeedHealthModel::FeedState;
    QList<ColumnsProxyModel::Column> columns;
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Sumber data"),
         {FeedHealthModel::NameRole, FeedHealthModel::IdRole, FeedHealthModel::UrlRole},
         [](const QModelIndex &source, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return source.data(FeedHealthModel::NameRole);
             // The id and the address are for whoever edits the config.
             if (role == Qt::ToolTipRole)
                 return QStringLiteral("%1 \u00b7 %2")
                     .arg(source.data(FeedHealthModel::IdRole).toString(),
                          source.data(FeedHealthModel::UrlRole).toUrl().toDisplayString());
             return {};
         },
         230});
    columns.append({QCoreApplication::translate("Pantau::DeskColumns", "OPD"),
                    {FeedHealthModel::OpdRole},
                    [](const QModelIndex &source, int role) -> QVariant {
                        return role == Qt::DisplayRole ? source.data(FeedHealthModel::OpdRole)
                                                       : QVariant();
                    },
                    230});
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Keadaan"),
         {FeedHealthModel::StateRole},
         [context](const QModelIndex &source, int role) -> QVariant {
             const auto state = source.data(FeedHealthModel::StateRole).value<FeedState>();
             if (role == Qt::DisplayRole) {
                 switch (state) {
                 case FeedState::Ok:
                     return QCoreApplication::translate("Pantau::DeskColumns", "\u2713 Normal");
                 case FeedState::Late:
                     return QCoreApplication::translate("Pantau::DeskColumns", "\u25f7 Terlambat");
                 case FeedState::Failing:
                     return QCoreApplication::translate("Pantau::DeskColumns", "\u26a0 Gagal");
                 case FeedState::Waiting:
                     break;
                 }
                 return QCoreApplication::translate("Pantau::DeskColumns", "\u2026 Menunggu");
             }
             if (role == Qt::ForegroundRole && state == FeedState::Failing)
                 return context().theme->statusInk(IndicatorStatus::Critical);
             if (role == Qt::ForegroundRole && state == FeedState::Late)
                 return context().theme->statusInk(IndicatorStatus::Warning);
             return {};
         },
         130});
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Terakhir berhasil"),
         {FeedHealthModel::LastSuccessRole},
         [context](const QModelIndex &source, int role) -> QVariant {
             const QDateTime last = source.data(FeedHealthModel::LastSuccessRole).toDateTime();
             const TileContext &c = context();
             if (role == Qt::DisplayRole)
                 return last.isValid()
                            ? c.formatter->age(last.secsTo(c.clock->now()))
                            : QCoreApplication::translate("Pantau::DeskColumns", "belum pernah");
             if (role == Qt::ToolTipRole && last.isValid())
                 return c.formatter->dateTime(last);
             return {};
         },
         170});
    columns.append(
        {QCoreApplication::translate("Pantau::DeskColumns", "Alasan"),
         {FeedHealthModel::StateRole, FeedHealthModel::LastErrorRole,
          FeedHealthModel::LastErrorKindRole, FeedHealthModel::OpdRole},
         [](const QModelIndex &source, int role) -> QVariant {
             const auto state = source.data(FeedHealthModel::StateRole).value<FeedState>();
             const QString detail = source.data(FeedHealthModel::LastErrorRole).toString();
             if (role == Qt::ToolTipRole)
                 return detail;
             if (role != Qt::DisplayRole)
                 return {};
             if (state == FeedState::Failing)
                 return Formatter::failure(
                     source.data(FeedHealthModel::LastErrorKindRole).value<FailureKind>(),
                     source.data(FeedHealthModel::OpdRole).toString());
             if (state == FeedState::Late)
                 return QCoreApplication::translate(
                     "Pantau::DeskColumns", "Data terakhir lebih tua dari batas kesegarannya");
             return QString();
         },
         0});
    return columns;
}

} // namespace Pantau::DeskColumns
