#include "containerlister.h"

#include "inspectionprovider.h"

namespace initbench {

ContainerLister::ContainerLister(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("initbench-list"));
}

void ContainerLister::setProvider(IInspectionProvider *provider)
{
    // A listing of the old provider may still run on it: the caller keeps it alive until then
    // (the pane destroys the lister first).
    m_provider = provider;
}

void ContainerLister::refresh()
{
    if (m_work.busy()) {
        m_again = true;
        return;
    }
    if (!m_provider) {
        emit listed({}, {}, {});
        return;
    }
    IInspectionProvider *provider = m_provider;
    m_work.start<Listing>(
        [provider] {
            Listing l;
            l.containers = provider->list(&l.warnings, &l.engines);
            return l;
        },
        [this](const Listing &l) { finish(l); });
}

void ContainerLister::finish(const Listing &listing)
{
    emit listed(listing.containers, listing.warnings, listing.engines);
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace initbench
