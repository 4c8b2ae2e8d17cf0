#pragma once
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace initbench {

// Asks for an SSH password in a dialog on the GUI thread on behalf of a transport's worker
// thread (ContainerTerminals::PasswordHook). The worker waits for the answer; the input never
// echoes.
//
// Why not a plain BlockingQueuedConnection: the GUI thread joins SSH workers when sessions are
// destroyed (window closing), and a worker blocked on a call the GUI thread will never run again
// would hang it. Here the worker waits on a semaphore in short slices and gives up (no password)
// as soon as this object is gone.
class PasswordPrompt : public QObject
{
    Q_OBJECT
public:
    explicit PasswordPrompt(QWidget *dialogParent);
    ~PasswordPrompt() override;

    using Hook = std::function<std::optional<QString>(const QString &user, const QString &prompt)>;
    // Safe to call from any thread but the GUI's.
    Hook hook() const;

    // How the question is asked on the GUI thread; replaced by tests. Default: a QInputDialog
    // in password mode.
    using Asker = std::function<std::optional<QString>(const QString &user, const QString &prompt)>;
    void setAsker(Asker asker) { m_asker = std::move(asker); }

    struct Channel;

private:
    std::optional<QString> askNow(const QString &user, const QString &prompt);

    QPointer<QWidget> m_parent;
    std::shared_ptr<Channel> m_channel;
    Asker m_asker;
};

} // namespace initbench
