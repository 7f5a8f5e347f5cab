/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.core.internal.sync.SyncPreview;
import org.rapport.core.internal.sync.SyncRow;
import org.rapport.ui.UiIds;

/**
 * What the sync does, a row per contact or calendar entry that is not the same on both sides: the plan's changes
 * (always put), the server's changes (ticked: taken into the plan), conflicts (left until Keep Mine or Take Theirs is
 * chosen for the selected rows) and deletions proposed (unticked: nothing is deleted unless ticked).
 */
final class SyncPreviewPage extends WizardPage {

	private SyncPreview preview;
	private final List<SyncRow> shown = new ArrayList<>();
	private Label summary;
	private Table table;

	SyncPreviewPage() {
		super("preview"); //$NON-NLS-1$
		setTitle(Messages.Sync_previewTitle);
		setDescription(Messages.Sync_previewDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(composite);
		summary = new Label(composite, SWT.WRAP);
		summary.setData(UiIds.KEY, SyncIds.SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(summary);
		table = new Table(composite, SWT.BORDER | SWT.CHECK | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, SyncIds.TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Sync_columnName, Messages.Sync_columnWhat, Messages.Sync_columnDecision }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		table.getColumn(0).setWidth(170);
		table.getColumn(1).setWidth(420);
		table.getColumn(2).setWidth(130);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				toggled(item);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(720, 240).applyTo(table);
		button(composite, Messages.Sync_keepMine, SyncIds.KEEP_MINE, SyncRow.Resolution.KEEP_MINE);
		button(composite, Messages.Sync_takeTheirs, SyncIds.TAKE_THEIRS, SyncRow.Resolution.TAKE_THEIRS);
		button(composite, Messages.Sync_leave, SyncIds.LEAVE, null);
		Label hint = new Label(composite, SWT.WRAP);
		hint.setText(Messages.Sync_decideHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
		setControl(composite);
	}

	private void button(Composite composite, String text, String id, SyncRow.Resolution resolution) {
		Button button = new Button(composite, SWT.PUSH);
		button.setText(text);
		button.setData(UiIds.KEY, id);
		button.addListener(SWT.Selection, e -> decide(resolution));
	}

	/** Decides the selected conflicts. */
	private void decide(SyncRow.Resolution resolution) {
		for (TableItem item : table.getSelection()) {
			SyncRow row = (SyncRow) item.getData();
			if (row.getKind() == SyncRow.Kind.CONFLICT && !row.isCalendar()) {
				row.setResolution(resolution);
				show(item, row);
			}
		}
	}

	private void toggled(TableItem item) {
		SyncRow row = (SyncRow) item.getData();
		if (row.isOptional()) {
			row.setApply(item.getChecked());
		}
		show(item, row);
	}

	void setPreview(SyncPreview preview) {
		this.preview = preview;
		shown.clear();
		table.removeAll();
		for (SyncRow row : preview.getRows()) {
			if (row.getKind() != SyncRow.Kind.UNCHANGED) {
				shown.add(row);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(row);
				show(item, row);
			}
		}
		summary.setText(NLS.bind(Messages.Sync_summary, preview.getSummary()));
		summary.getParent().layout();
		setMessage(shown.isEmpty() ? Messages.Sync_nothing : null, INFORMATION);
		setErrorMessage(null);
		setPageComplete(true);
	}

	private static void show(TableItem item, SyncRow row) {
		item.setText(new String[] { row.getName(), what(row), decision(row) });
		item.setChecked(row.getKind() == SyncRow.Kind.PUSH || row.getKind() == SyncRow.Kind.PUSH_NEW
				|| row.isOptional() && row.isApply() || row.getKind() == SyncRow.Kind.CONFLICT && row.getResolution() != null);
		item.setGrayed(!row.isOptional());
	}

	private static String what(SyncRow row) {
		String message = row.getMessage();
		String prefix = row.getName() + ": "; //$NON-NLS-1$
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private static String decision(SyncRow row) {
		switch (row.getKind()) {
		case PUSH:
		case PUSH_NEW:
			return Messages.Sync_decisionPut;
		case PULL:
		case PULL_NEW:
			return row.isApply() ? Messages.Sync_decisionTake : Messages.Sync_decisionLeave;
		case DELETED_ON_SERVER:
		case DELETED_IN_PLAN:
			return row.isApply() ? Messages.Sync_decisionDelete : Messages.Sync_decisionKeep;
		case CONFLICT:
			if (row.isCalendar()) {
				return Messages.Sync_decisionLeave;
			}
			return row.getResolution() == SyncRow.Resolution.KEEP_MINE ? Messages.Sync_keepMineShort
					: row.getResolution() == SyncRow.Resolution.TAKE_THEIRS ? Messages.Sync_takeTheirsShort
							: Messages.Sync_decisionUndecided;
		default:
			return Messages.Sync_decisionLeave;
		}
	}

	SyncPreview getPreview() {
		return preview;
	}

	/** A failed Finish: the preview was used up, so it is computed again from the first page. */
	void failed(String message) {
		setErrorMessage(message + ' ' + Messages.Sync_goBack);
		setPageComplete(false);
	}

	/** What the sync did, for the notification. */
	static String outcome(SyncPreview preview, boolean applied) {
		int pushed = 0;
		int pulled = 0;
		int conflicts = 0;
		int deletions = 0;
		for (SyncRow row : preview.getRows()) {
			switch (row.getKind()) {
			case PUSH, PUSH_NEW -> pushed++;
			case PULL, PULL_NEW -> pulled += applied && row.isApply() ? 1 : 0;
			case CONFLICT -> {
				if (row.getResolution() == null) {
					conflicts++;
				} else if (row.getResolution() == SyncRow.Resolution.KEEP_MINE) {
					pushed++;
				} else {
					pulled += applied ? 1 : 0;
				}
			}
			case DELETED_IN_PLAN, DELETED_ON_SERVER -> deletions += row.isApply() ? 0 : 1;
			default -> {
				// the same on both sides
			}
			}
		}
		return NLS.bind(Messages.Sync_outcome, new Object[] { Integer.valueOf(pushed), Integer.valueOf(pulled),
				Integer.valueOf(conflicts), Integer.valueOf(deletions) });
	}
}
