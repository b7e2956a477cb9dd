#pragma once

#include "ColumnsProxyModel.h"
#include "alarms/AlarmState.h"

#include <functional>

namespace Pantau {

struct TileContext;

// The columns of the desk's two tables, as data: what each cell of a row of the alert list
// (AlertModel) or the feed-health list (FeedHealthModel) shows, in the desk's words and the
// theme's colours. Each takes the wall's current context (formatter, clock, theme) when asked,
// since a config reload replaces it. Tested with a model alone, without a window.
namespace DeskColumns {

using Context = std::function<const TileContext &()>;

enum AlertColumn { AlertSeverity, AlertSince, AlertMessage, AlertState, AlertBy, AlertNote };
enum HealthColumn { HealthFeed, HealthOpd, HealthState, HealthLastSuccess, HealthReason };

QList<ColumnsProxyModel::Column> alerts(const Context &context);
// An alarm's state in words with an icon ("⏸ Ditunda sampai 14.30 WIB"), given the times it
// names, already formatted.
QString stateText(AlarmState state, const QString &acknowledgedAt, const QString &until);
QList<ColumnsProxyModel::Column> health(const Context &context);

} // namespace DeskColumns

} // namespace Pantau
