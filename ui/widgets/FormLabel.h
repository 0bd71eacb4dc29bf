// Labels of a QFormLayout that are re-set on every language change: the row's QLabel
// (added as a placeholder) gets its text and buddy, the field its tooltip.
#pragma once

class QFormLayout;
class QString;
class QWidget;

class FormLabel {
public:
    static void set(QFormLayout* form, QWidget* field, const QString& text, const QString& toolTip);
};
