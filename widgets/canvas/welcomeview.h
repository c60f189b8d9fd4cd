#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace archscope {

class DiagramView;
class Document;

// What to do first, over an empty canvas: open an example, add a service, or start from the
// Compute Advisor. It shows while the document has no service and hides as soon as it has one.
// The window decides what each choice does; this card only offers them.
class WelcomeView : public QFrame
{
    Q_OBJECT

public:
    struct Example
    {
        QString title;
        QString path;
    };

    WelcomeView(DiagramView *view, Document *doc, const QList<Example> &examples);

    // Larger type for a room (workshop mode).
    void setLarge(bool large);
    QPushButton *exampleButton() const { return m_examples; }
    QPushButton *addServiceButton() const { return m_addService; }
    QPushButton *advisorButton() const { return m_advisor; }

signals:
    void exampleChosen(const QString &path);
    void addServiceRequested();
    void advisorRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void sync();
    void place();

    DiagramView *m_view;
    Document *m_doc;
    QLabel *m_heading;
    QLabel *m_hint;
    QPushButton *m_examples;
    QPushButton *m_addService;
    QPushButton *m_advisor;
    double m_baseFont;
    bool m_placing = false;
};

} // namespace archscope
