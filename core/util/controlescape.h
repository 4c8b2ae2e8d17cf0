#pragma once
#include <QString>

namespace initbench {

// Text from a container made safe for a terminal, as procps and `cat -v` do: control characters
// other than newline and tab are written visibly (ESC as ^[, DEL as ^?, a C1 control as M-^X),
// so a container's output cannot move the cursor, retitle the window or drive the terminal.
QString escapeControls(const QString &text);

} // namespace initbench
