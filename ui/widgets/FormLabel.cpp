#include "FormLabel.h"

#include <QFormLayout>
#include <QLabel>

void FormLabel::set(QFormLayout* form, QWidget* field, const QString& text, const QString& toolTip)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
        label->setBuddy(field);
    }
    field->setToolTip(toolTip);
}
