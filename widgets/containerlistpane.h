#pragma once
#include "containerjobs.h"
#include "engine/containerstate.h"
#include "engine/enginestatus.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace initbench {

class ContainerLister;
class EngineEvents;
class ContainerListModel;
class IInspectionProvider;

// Every container Initbench made, on every engine, always in view: its state, SSH port and
// status, listed again every 2 s while shown (off the GUI thread) and after each operation.
// The selected one can be started, restarted, stopped with its init's signal, killed, removed,
// opened in a terminal or duplicated as a new profile: buttons and the context menu, one action
// each, offered only where it applies (Start for a stopped container, Stop for a running one...).
class ContainerListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerListPane(QWidget *parent = nullptr);
    ~ContainerListPane() override;

    void setProvider(std::unique_ptr<IInspectionProvider> provider);
    // The engines' event streams: with all of them running, the list is listed again when one
    // reports something (and every 30 s besides) instead of every 2 s.
    void setEvents(std::unique_ptr<EngineEvents> events);
    void refresh();
    // The containers with an operation running, and what it does: shown as their state, and
    // their operations' buttons are off until it ends (other containers' stay on).
    void setActivities(const QMap<QString, JobActivity> &activities);

signals:
    // An engine stopped answering, or answers again: what to tell the user (status bar).
    void engineStateChanged(const QString &message);
    void containerSelected(const QString &name, const QString &engine);
    // Every time the engines were listed: the containers as they are now.
    void listed(const QList<ContainerState> &containers);
    void startRequested(const QString &name, const QString &engine);
    void restartRequested(const QString &name, const QString &engine);
    void stopRequested(const QString &name, const QString &engine);
    void killRequested(const QString &name, const QString &engine);
    void removeRequested(const QString &name, const QString &engine);
    void terminalRequested(const QString &name, const QString &engine);
    void duplicateRequested(const QString &name, const QString &engine);
    void cancelRequested(const QString &name, const QString &engine); // its running operation

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showListed(const QList<ContainerState> &containers, const QStringList &warnings, const QList<EngineStatus> &engines);
    void showEngines(const QList<EngineStatus> &engines);
    const ContainerState *selected() const;
    void updateButtons();
    using Request = void (ContainerListPane::*)(const QString &, const QString &);
    QAction *addListAction(const QString &text, const QString &objectName, const QString &tip, Request request);

    std::unique_ptr<IInspectionProvider> m_provider;
    std::unique_ptr<ContainerLister> m_lister; // destroyed before the provider it lists with
    ContainerListModel *m_model;
    QTableView *m_view;
    QLabel *m_warnings;
    QLabel *m_engines;
    QList<EngineStatus> m_lastEngines;
    QList<QPushButton *> m_buttons;
    QAction *m_start;
    QAction *m_restart;
    QAction *m_stop;
    QAction *m_kill;
    QAction *m_remove;
    QAction *m_terminal;
    QAction *m_duplicate;
    QAction *m_cancel;
    QTimer *m_timer;
    QTimer *m_soon; // events come in bursts: one listing for each
    std::unique_ptr<EngineEvents> m_events;
};

} // namespace initbench
