#pragma once
#include "doctor/bootdoctor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace initbench {

class ConsoleFeed;

// What the boot doctor recognises in a container's console, from the same feed as the Console
// tab, read while this tab is shown: live while it boots, and after a failure. Cause first,
// each with its line, how bad it is, what happened and the fix; choosing one asks for that line
// in the console.
class FindingsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPane(ConsoleFeed *feed, QWidget *parent = nullptr);

signals:
    void lineChosen(int line);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void examine(const QString &console, const QString &error);

    ConsoleFeed *m_feed;
    BootDoctor m_doctor;
    QLabel *m_title;
    QLabel *m_verdict;
    QTableWidget *m_table;
    QString m_examined; // the console the table is about, so an unchanged one is not examined again
    bool m_pending = false; // a read came while hidden
    QString m_pendingConsole;
    QString m_pendingError;
};

} // namespace initbench
