#pragma once
#include "doctor/bootdoctor.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QThread;
class QTimer;

namespace initbench {

class WarningLabel;

// A container's boot console, and what the boot doctor recognises in it: the container chosen
// in the Containers list (or the one just booted), read again every 2 s while the tab is shown,
// off the GUI thread. A search field finds text in it (n of m); each finding says the line, how
// bad it is, what happened and the fix, and a click on it shows that line. The console is
// container text: plain text only, its terminal codes taken out.
class ConsolePane : public QWidget
{
    Q_OBJECT
public:
    // Reads a container's console (docker/podman logs, nspawn's console log); blocking, so it
    // runs on a worker thread. Empty with *error set when it cannot.
    using Reader = std::function<QString(const QString &name, const QString &engine, QString *error)>;

    explicit ConsolePane(QWidget *parent = nullptr);
    ~ConsolePane() override;

    void setReader(Reader reader);
    void setContainer(const QString &name, const QString &engine);
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showConsole(const QString &console, const QString &error);
    void search();
    void goToLine(int line);

    Reader m_reader;
    BootDoctor m_doctor;
    QString m_name;
    QString m_engine;
    QLabel *m_title;
    QLineEdit *m_find;
    QLabel *m_matches;
    QPlainTextEdit *m_text;
    WarningLabel *m_error;
    QTableWidget *m_findings;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    QString m_read;       // written by the thread, read once it is finished
    QString m_readError;
    QString m_shown;      // what the view holds, so an unchanged console is not set again
};

} // namespace initbench
