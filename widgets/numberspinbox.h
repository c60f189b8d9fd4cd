#pragma once

#include <QDoubleSpinBox>

namespace archscope {

// A double spin box that shows only the digits a value needs: "512", "1.1574", "0.3".
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace archscope
