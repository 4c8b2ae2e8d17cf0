#include "terminal/vtermcells.h"

namespace initbench {

namespace {

// indexed.idx shares its byte with rgb.red, so one copy serves both kinds.
void packColor(const VTermColor &c, TerminalColor &out)
{
    const bool isDefault = c.type & VTERM_COLOR_DEFAULT_MASK;
    const bool isRgb = !isDefault && VTERM_COLOR_IS_RGB(&c);
    out.kind = isDefault ? TerminalColor::Default : isRgb ? TerminalColor::Rgb : TerminalColor::Indexed;
    out.r = isDefault ? 0 : c.rgb.red;
    out.g = isRgb ? c.rgb.green : 0;
    out.b = isRgb ? c.rgb.blue : 0;
}

VTermColor unpackColor(const TerminalColor &c, const VTermColor &fallback)
{
    VTermColor v {};
    switch (c.kind) {
    case TerminalColor::Default: return fallback;
    case TerminalColor::Indexed: vterm_color_indexed(&v, c.r); return v;
    case TerminalColor::Rgb: vterm_color_rgb(&v, c.r, c.g, c.b); return v;
    }
    return fallback;
}

} // namespace

void packVTermCell(const VTermScreenCell &c, TerminalCompactCell &p)
{
    const bool continuation = c.chars[0] == kVTermWideContinuation;
    p.ch = continuation ? 0 : c.chars[0];
    p.width = continuation ? 0 : quint8(c.width);
    p.combining = !continuation && c.chars[0] && c.chars[1];
    const VTermScreenCellAttrs &a = c.attrs;
    p.flags = quint8((a.bold ? TerminalStyle::Bold : 0) | (a.italic ? TerminalStyle::Italic : 0)
                     | (a.underline ? TerminalStyle::Underline : 0)
                     | (a.underline > VTERM_UNDERLINE_SINGLE ? TerminalStyle::DoubleUnderline : 0)
                     | (a.reverse ? TerminalStyle::Reverse : 0) | (a.strike ? TerminalStyle::Strike : 0)
                     | (a.blink ? TerminalStyle::Blink : 0));
    packColor(c.fg, p.fg);
    packColor(c.bg, p.bg);
}

QString vtermCombiningMarks(const VTermScreenCell &c)
{
    QString marks;
    if (c.chars[0] == kVTermWideContinuation)
        return marks;
    for (int k = 1; k < VTERM_MAX_CHARS_PER_CELL && c.chars[k]; ++k)
        marks += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c.chars[k]), 1);
    return marks;
}

TerminalCell toTerminalCell(const VTermScreenCell &c)
{
    TerminalCompactCell p;
    packVTermCell(c, p);
    TerminalCell out;
    out.ch = p.ch;
    out.width = p.width;
    out.style = p.style();
    if (p.combining)
        out.combining = vtermCombiningMarks(c);
    return out;
}

void unpackVTermCell(const TerminalCompactCell &p, const VTermColor &defaultFg, const VTermColor &defaultBg,
                     VTermScreenCell &c)
{
    c = VTermScreenCell {};
    c.chars[0] = p.width == 0 ? kVTermWideContinuation : p.ch;
    c.width = char(qMax<int>(1, p.width));
    c.attrs.bold = (p.flags & TerminalStyle::Bold) != 0;
    c.attrs.italic = (p.flags & TerminalStyle::Italic) != 0;
    c.attrs.underline = (p.flags & TerminalStyle::DoubleUnderline) ? VTERM_UNDERLINE_DOUBLE
                        : (p.flags & TerminalStyle::Underline)     ? VTERM_UNDERLINE_SINGLE
                                                                    : VTERM_UNDERLINE_OFF;
    c.attrs.reverse = (p.flags & TerminalStyle::Reverse) != 0;
    c.attrs.strike = (p.flags & TerminalStyle::Strike) != 0;
    c.attrs.blink = (p.flags & TerminalStyle::Blink) != 0;
    c.fg = unpackColor(p.fg, defaultFg);
    c.bg = unpackColor(p.bg, defaultBg);
}

VTermModifier toVTermModifier(Qt::KeyboardModifiers mods)
{
    int m = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier) m |= VTERM_MOD_SHIFT;
    if (mods & Qt::AltModifier) m |= VTERM_MOD_ALT;
    if (mods & Qt::ControlModifier) m |= VTERM_MOD_CTRL;
    return VTermModifier(m);
}

} // namespace initbench
