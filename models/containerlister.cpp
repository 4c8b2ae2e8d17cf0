#include "containerlister.h"

#include "inspectionprovider.h"

#include <QThread>

namespace initbench {

ContainerLister::ContainerLister(QObject *parent) : QObject(parent) {}

ContainerLister::~ContainerLister()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ContainerLister::setProvider(IInspectionProvider *provider)
{
    // A listing of the old provider may still run on it: the caller keeps it alive until then
    // (the pane destroys the lister first).
    m_provider = provider;
}

void ContainerLister::refresh()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    if (!m_provider) {
        emit listed({}, {}, {});
        return;
    }
    m_containers.clear();
    m_warnings.clear();
    m_engines.clear();
    IInspectionProvider *provider = m_provider;
    m_thread = QThread::create([this, provider] { m_containers = provider->list(&m_warnings, &m_engines); });
    m_thread->setObjectName(QStringLiteral("initbench-list"));
    // finished() comes from the thread; the receiver context makes it a queued call on ours.
    connect(m_thread, &QThread::finished, this, &ContainerLister::finish);
    m_thread->start();
}

void ContainerLister::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit listed(m_containers, m_warnings, m_engines);
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace initbench
