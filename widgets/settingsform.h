#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace archscope {

class Document;
struct Settings;

// The document's title and simulation settings; each edit pushes a command on its stack.
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsForm(Document *doc, QWidget *parent = nullptr);

    // Shows the document's current values without disturbing an edit in progress.
    void sync();

    // "title", "horizonS", "stepS", "seed", "freeTier", "accountConcurrency" or "scaling".
    QWidget *editorFor(const QString &key) const;

private:
    void changeSettings(const std::function<void(Settings &)> &change);

    QPointer<Document> m_doc; // commands need it; a closed document must not crash an edit
    QLineEdit *m_title;
    QSpinBox *m_horizonHours;
    QSpinBox *m_step;
    QSpinBox *m_seed;
    QCheckBox *m_freeTier;
    QSpinBox *m_accountConcurrency;
    QComboBox *m_scaling;
};

} // namespace archscope
