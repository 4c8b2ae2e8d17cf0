#pragma once
#include "inspect/servicestatus.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace initbench {

// The init's own view of its services: which init was asked and with what command, its
// runlevel, the parsed table, and on demand the raw output the table was parsed from.
class ServicesPane : public QWidget
{
    Q_OBJECT
public:
    ServicesPane(QAbstractItemModel *model, int sortRole, QWidget *parent = nullptr);

    void showList(const ServiceList &list);
    void clear();
    QTableView *view() const { return m_view; }
    QPlainTextEdit *rawOutput() const { return m_raw; }
    QCheckBox *rawToggle() const { return m_showRaw; }

private:
    QLabel *m_summary;
    QLabel *m_warnings;
    QTableView *m_view;
    QCheckBox *m_showRaw;
    QPlainTextEdit *m_raw;
};

} // namespace initbench
