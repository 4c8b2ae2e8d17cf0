#pragma once
#include "inspect/loginquery.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace initbench {

// One login table (who or last) with what explains it: the file read and how, why it is empty
// or lacks something, and the reader's warnings (a damaged file gives a partial answer).
class LoginPane : public QWidget
{
    Q_OBJECT
public:
    LoginPane(QAbstractItemModel *model, int sortRole, QWidget *parent = nullptr);

    void showAnswer(const LoginAnswer &answer);
    void clear();
    QTableView *view() const { return m_view; }

private:
    QLabel *m_source;
    QLabel *m_why;
    QLabel *m_warnings;
    QTableView *m_view;
};

} // namespace initbench
