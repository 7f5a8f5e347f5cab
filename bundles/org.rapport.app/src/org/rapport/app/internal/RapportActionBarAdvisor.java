/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar and tool bar skeleton: the standard workbench actions plus the group markers where
 * Rapport's bundles contribute their commands through {@code org.eclipse.ui.menus}.
 */
class RapportActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction welcome;
	private IWorkbenchAction helpContents;
	private IWorkbenchAction about;

	RapportActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAs = register(ActionFactory.SAVE_AS.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		importWizards = register(ActionFactory.IMPORT.create(window));
		exportWizards = register(ActionFactory.EXPORT.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		welcome = register(ActionFactory.INTRO.create(window));
		// the intro's label names its tab; the menu item wants a mnemonic
		welcome.setText(Messages.Menu_welcome);
		helpContents = register(ActionFactory.HELP_CONTENTS.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		// File > Import... and Export...: the wizards contributed to org.eclipse.ui.importWizards / exportWizards
		menu.add(new Separator());
		menu.add(importWizards);
		menu.add(exportWizards);
		menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MRU));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		menu.add(showView);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(welcome);
		menu.add(helpContents);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		// Check for Updates and Install New Software... (org.rapport.ui.p2) and other plugins' items
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		file.add(save);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager edit = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		edit.add(undo);
		edit.add(redo);
		coolBar.add(new ToolBarContributionItem(edit, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
