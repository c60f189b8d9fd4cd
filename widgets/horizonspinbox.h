#pragma once

#include <QSpinBox>

namespace archscope {

// The simulated horizon in whole hours, written the way the Simulation dock writes it: whole
// days as days ("30 days"), the rest in hours ("36 hours"). Typing takes "30 days", "30 d",
// "36 h" or a bare number of hours; the arrows step by days from two days up.
class HorizonSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit HorizonSpinBox(QWidget *parent = nullptr);

    // "1 hour", "6 hours", "1 day", "30 days".
    static QString text(int hours);

    void stepBy(int steps) override;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    // The hours `text` means, or -1.
    int parse(const QString &text) const;
};

} // namespace archscope
