#pragma once

#include <QList>

namespace Pantau {

// Assigns one cell of a model's row and notes its role in `changed` when the value differs, so
// an update signals only the roles it really changed.
template<typename T> void setCell(T &cell, const T &value, int role, QList<int> &changed)
{
    if (cell == value)
        return;
    cell = value;
    changed.append(role);
}

} // namespace Pantau
