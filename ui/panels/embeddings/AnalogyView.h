// The analogy box: a − b + c, e.g. rey − hombre + mujer ("hombre is to rey as mujer is
// to ?"), answered by WordVectors::analogy with 3CosAdd (the offset method) or 3CosMul,
// the five best words other than a, b and c with their scores.
#pragma once

#include "RankedWordsView.h"
#include "embed/AnalogyMethod.h"
#include "embed/WordVectors.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class AnalogyView : public RankedWordsView {
    Q_OBJECT
public:
    explicit AnalogyView(QWidget* parent = nullptr);

    void setVectors(std::shared_ptr<const lengua::WordVectors> vectors);
    // plus − minus + other: rey − hombre + mujer. Answers at once.
    void setWords(const QString& plus, const QString& minus, const QString& other);
    void setMethod(lengua::AnalogyMethod method);
    void refresh();

    void retranslate();

private:
    std::shared_ptr<const lengua::WordVectors> m_vectors;
    QLineEdit* m_plus = nullptr;
    QLabel* m_minusSign = nullptr;
    QLineEdit* m_minus = nullptr;
    QLabel* m_plusSign = nullptr;
    QLineEdit* m_other = nullptr;
    QComboBox* m_method = nullptr;
    QPushButton* m_solve = nullptr;
    QLabel* m_explanation = nullptr;
};
