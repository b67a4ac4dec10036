"""Shared helpers for the Arabic blind2 set (boundary-aware matching)."""
PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
              'لـ', 'ولـ', 'فلـ', 'بـ', 'وبـ']


def is_word_char(c):
    return c.isalnum() or c == '\u0640'  # tatweel


def left_ok(content, s):
    """True if position s starts a word, optionally after attached proclitics."""
    for p in PROCLITICS:
        i = s - len(p)
        if i < 0 or content[i:s] != p:
            continue
        if i == 0 or not is_word_char(content[i - 1]):
            return True
    return False


def right_ok(content, e):
    return e >= len(content) or not is_word_char(content[e])


def occurrences(content, form):
    out, i = [], content.find(form)
    while i != -1:
        e = i + len(form)
        if left_ok(content, i) and right_ok(content, e):
            out.append((i, e))
        i = content.find(form, i + 1)
    return out
