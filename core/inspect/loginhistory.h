#pragma once
#include "inspect/loginrecord.h"
#include "inspect/loginsession.h"

#include <QList>

namespace initbench {

// `last` and `who` over parsed records, with util-linux's rules so the answers match what a user
// sees inside the container.
class LoginHistory
{
public:
    // `last -x` over wtmp records in file order: newest first. WtmpLast gives the same answer
    // straight from a wtmp's bytes, without making a LoginRecord of each record first.
    static QList<LoginSession> last(const QList<LoginRecord> &wtmp);

    // `who` over utmp records: user processes not superseded by a later record for the same id
    // or line, in file order. A boot clears everything, so a wtmp gives the right answer too.
    static QList<LoginRecord> who(const QList<LoginRecord> &utmp);
};

} // namespace initbench
