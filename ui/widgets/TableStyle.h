// The look of the corpus lesson's read-only tables: whole rows selected, alternating
// colours, no row numbers, and fixed row heights so that huge tables scroll freely.
#pragma once

class QTableView;

class TableStyle {
public:
    TableStyle() = delete;

    static void applyTo(QTableView* view);
};
