#include "passwordprompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>

#include <atomic>

namespace initbench {

struct PasswordPrompt::Channel {
    QMutex mutex;
    PasswordPrompt *owner = nullptr; // null once the prompt is gone
    std::atomic_bool closed{false};
};

namespace {
struct Answer {
    QSemaphore done;
    std::optional<QString> value;
};
} // namespace

PasswordPrompt::PasswordPrompt(QWidget *dialogParent)
    : QObject(dialogParent), m_parent(dialogParent), m_channel(std::make_shared<Channel>())
{
    m_channel->owner = this;
}

PasswordPrompt::~PasswordPrompt()
{
    QMutexLocker lock(&m_channel->mutex);
    m_channel->owner = nullptr;
    m_channel->closed = true;
    // Queued questions die with this object (Qt drops posted events of a deleted receiver);
    // their askers see closed and give up.
}

PasswordPrompt::Hook PasswordPrompt::hook() const
{
    return [channel = m_channel](const QString &user, const QString &prompt) -> std::optional<QString> {
        auto answer = std::make_shared<Answer>();
        {
            QMutexLocker lock(&channel->mutex);
            PasswordPrompt *owner = channel->owner;
            if (!owner)
                return std::nullopt;
            QMetaObject::invokeMethod(owner, [owner, answer, user, prompt] {
                answer->value = owner->askNow(user, prompt);
                answer->done.release();
            }, Qt::QueuedConnection);
        }
        while (!answer->done.tryAcquire(1, 100))
            if (channel->closed)
                return std::nullopt;
        return answer->value;
    };
}

std::optional<QString> PasswordPrompt::askNow(const QString &user, const QString &prompt)
{
    if (m_asker)
        return m_asker(user, prompt);
    bool ok = false;
    // prompt is the server side's ("Password: ", "Wrong password, try again: ").
    const QString text = QInputDialog::getText(m_parent, tr("SSH password"), tr("The server refused Initbench's key.\n%1 (user %2)")
                                                   .arg(prompt.trimmed(), user),
                                               QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace initbench
