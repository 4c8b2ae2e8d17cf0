#pragma once
#include "engine/containerstate.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace initbench {

class ContainerLister;
class ContainerListModel;
class IInspectionProvider;

// Every container Initbench made, on every engine, always in view: its state, SSH port and
// status, listed again every 2 s while shown (off the GUI thread) and after each operation,
// with Stop and Remove for the selected one.
class ContainerListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerListPane(QWidget *parent = nullptr);
    ~ContainerListPane() override;

    void setProvider(std::unique_ptr<IInspectionProvider> provider);
    void refresh();
    // The operations' buttons are off while another operation runs.
    void setOperationsEnabled(bool enabled);

signals:
    void stopRequested(const QString &name, const QString &engine);
    void removeRequested(const QString &name, const QString &engine);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showListed(const QList<ContainerState> &containers, const QStringList &warnings);
    const ContainerState *selected() const;
    void updateButtons();

    std::unique_ptr<IInspectionProvider> m_provider;
    std::unique_ptr<ContainerLister> m_lister; // destroyed before the provider it lists with
    ContainerListModel *m_model;
    QTableView *m_view;
    QLabel *m_warnings;
    QPushButton *m_stop;
    QPushButton *m_remove;
    QTimer *m_timer;
    bool m_operationsEnabled = true;
};

} // namespace initbench
