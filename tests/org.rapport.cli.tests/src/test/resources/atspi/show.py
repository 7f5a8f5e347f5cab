#!/usr/bin/python3
# Copyright (c) 2026 Rapport contributors
# SPDX-License-Identifier: EPL-2.0
#
# What the windows of the display's applications show to assistive technologies (AT-SPI), as a screen reader
# reads them: one line per element, indented two spaces a level, "role|name|states|x,y,width,height" (states among
# checked, enabled, focused, selected, showing; where it is on the screen while it shows). Usage: show.py [WINDOW-TITLE]: only the windows with that title (spaces
# around it aside: GTK gives a dialog's title a trailing one).
# What is out of sight is left out (the elements of a hidden page, part or tab) but for the items of menus,
# and so are the cells of a table or tree past its first 50 children: a plan's tables have thousands.
import sys

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

STATES = ('checked', 'enabled', 'focused', 'selected', 'showing')
CELLS = 50
# a menu's items, and a combo's, are there to read while the menu is closed
MENUS = ('menu', 'menu bar', 'combo box')


def show(node, depth, out):
    try:
        role = node.get_role_name()
        name = (node.get_name() or '').replace('\n', ' ')
        state_set = node.get_state_set()
        states = [s for s in STATES if state_set.contains(getattr(Atspi.StateType, s.upper()))]
        count = node.get_child_count()
        box = node.get_extents(Atspi.CoordType.SCREEN) if 'showing' in states else None
    except gi.repository.GLib.Error:
        return  # gone while read: the window changed
    where = '%d,%d,%d,%d' % (box.x, box.y, box.width, box.height) if box else ''
    out.append('  ' * depth + role + '|' + name + '|' + ','.join(states) + '|' + where)
    if 'showing' not in states and role not in MENUS:
        return  # a page or part out of sight: its elements are not read either
    if role == 'page tab' and 'selected' not in states:
        return  # a tab that is not chosen (SWT's tabs give the chosen one's page to every tab)
    if role in ('table', 'tree table', 'tree'):
        count = min(count, CELLS)
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except gi.repository.GLib.Error:
            return
        if child is not None:
            show(child, depth + 1, out)


def main():
    title = sys.argv[1] if len(sys.argv) > 1 else None
    desktop = Atspi.get_desktop(0)
    out = []
    for a in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(a)
        if app is None:
            continue
        for w in range(app.get_child_count()):
            window = app.get_child_at_index(w)
            if window is not None and (title is None or (window.get_name() or '').strip() == title):
                show(window, 0, out)
    print('\n'.join(out))


main()
