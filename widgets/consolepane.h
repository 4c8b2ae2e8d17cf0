#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace initbench {

class ConsoleFeed;
class WarningLabel;

// A container's boot console, from its feed (the container chosen in the Containers list, or
// the one being booted), read while the tab is shown. A search field finds text in it (n of m).
// The console is container text: plain text only, its terminal codes taken out.
class ConsolePane : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolePane(ConsoleFeed *feed, QWidget *parent = nullptr);

    // Shows and selects a line (1 = the first), as the Findings tab asks.
    void goToLine(int line);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showConsole(const QString &console, const QString &error);
    void search();

    ConsoleFeed *m_feed;
    QLabel *m_title;
    QLineEdit *m_find;
    QLabel *m_matches;
    QPlainTextEdit *m_text;
    WarningLabel *m_error;
    QString m_shown; // what the view holds, so an unchanged console is not set again
};

} // namespace initbench
