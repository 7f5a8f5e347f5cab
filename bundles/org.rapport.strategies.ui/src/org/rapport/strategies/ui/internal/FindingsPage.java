/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rapport.core.strategies.Finding;
import org.rapport.strategies.ui.ReviewAction;
import org.rapport.strategies.ui.ReviewActions;
import org.rapport.ui.review.ReviewContext;

/**
 * A review page: the strategy's findings about one kind of object, in a table, and below it the actions
 * the user can take on the selected rows. Each action on each row is one command through
 * {@link ReviewContext#execute} (one undo step) and one decision; the row then shows what was done.
 * <p>
 * The findings are the ones the review started with: the page does not rescore while the user works, so
 * rows do not jump around under the mouse.
 * </p>
 */
public abstract class FindingsPage extends WizardPage {

	/** A finding and what the user did about it in this review. */
	protected static final class Row {
		final Finding finding;
		String outcome = ""; //$NON-NLS-1$

		Row(Finding finding) {
			this.finding = finding;
		}
	}

	protected final ReviewContext context;
	protected final ReviewActions actions;
	private final List<Row> rows = new ArrayList<>();
	private TableViewer viewer;

	/**
	 * @param subjects which findings the page lists, by their subject (the plan itself for plan-wide ones)
	 */
	protected FindingsPage(String name, String title, String description, ReviewContext context,
			ReviewActions actions, Predicate<EObject> subjects) {
		super(context.getStrategy().getId() + '.' + name, title, null);
		setDescription(description);
		this.context = context;
		this.actions = actions;
		for (Finding finding : context.getFindings()) {
			if (finding.getSubject() != null && subjects.test(finding.getSubject())) {
				rows.add(new Row(finding));
			}
		}
		// every action is optional: the user may move on without acting on anything
		setPageComplete(true);
	}

	/** Whether the page has any finding to show; a wizard leaves out pages that have none. */
	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The pages that have findings to show. */
	public static List<IWizardPage> withFindings(FindingsPage... pages) {
		List<IWizardPage> shown = new ArrayList<>();
		for (FindingsPage page : pages) {
			if (!page.isEmpty()) {
				shown.add(page);
			}
		}
		return shown;
	}

	@Override
	public void createControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(top);

		viewer = new TableViewer(top, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Fields.id(table, Fields.ID_FINDINGS);
		column(Messages.Page_columnFinding, 380, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Row) element).finding.getMessage();
			}

			@Override
			public Image getImage(Object element) {
				String image = switch (((Row) element).finding.getSeverity()) {
				case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
				case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
				default -> ISharedImages.IMG_OBJS_INFO_TSK;
				};
				return PlatformUI.getWorkbench().getSharedImages().getImage(image);
			}

			@Override
			public String getToolTipText(Object element) {
				Finding finding = ((Row) element).finding;
				return finding.getSuggestedAction() == null ? finding.getMessage()
						: NLS.bind(Messages.Page_tooltip, finding.getMessage(), finding.getSuggestedAction());
			}
		});
		column(Messages.Page_columnDone, 260, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Row) element).outcome;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(rows);
		GridDataFactory.fillDefaults().grab(true, true).hint(660, 200).applyTo(table);

		Group group = new Group(top, SWT.NONE);
		group.setText(Messages.Page_actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		createActionArea(group);

		viewer.addSelectionChangedListener(event -> selectionChanged());
		if (!rows.isEmpty()) {
			viewer.setSelection(new StructuredSelection(rows.get(0)));
		}
		setControl(top);
		Dialog.applyDialogFont(top);
		selectionChanged();
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	/** Creates the controls for the page's actions in the group below the table. */
	protected abstract void createActionArea(Composite parent);

	/** Called when the selection changes (and once at the start): enable what applies to it. */
	protected abstract void selectionChanged();

	/**
	 * What an action applies to for a finding's subject: the subject itself by default. A page may map it,
	 * e.g. from a communication strategy to its audience.
	 */
	protected EObject target(EObject subject) {
		return subject;
	}

	private List<Row> selectedRows() {
		List<Row> selected = new ArrayList<>();
		if (viewer != null) {
			for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
				selected.add((Row) element);
			}
		}
		return selected;
	}

	/** The targets of the selected rows that are of a type (each once, in table order). */
	protected <T> List<T> selected(Class<T> type) {
		List<T> selected = new ArrayList<>();
		for (Row row : selectedRows()) {
			EObject target = target(row.finding.getSubject());
			if (type.isInstance(target) && !selected.contains(target)) {
				selected.add(type.cast(target));
			}
		}
		return selected;
	}

	/** The first selected target of a type, or {@code null}. */
	protected <T> T first(Class<T> type) {
		List<T> selected = selected(type);
		return selected.isEmpty() ? null : selected.get(0);
	}

	/**
	 * Runs an action on every selected row whose target is of the type: each one a command of its own,
	 * recorded as a decision and shown in the row.
	 */
	protected <T> void apply(Class<T> type, Function<T, ReviewAction> action) {
		int unchanged = 0;
		List<Object> done = new ArrayList<>();
		for (T target : selected(type)) {
			ReviewAction reviewAction;
			try {
				reviewAction = action.apply(target);
			} catch (IllegalArgumentException e) {
				// the fields are validated before the buttons are enabled; this is the last line
				setErrorMessage(Messages.Page_incomplete);
				return;
			}
			if (context.execute(reviewAction.command())) {
				context.addDecision(reviewAction.decision());
				done.add(target);
				for (Row row : rows) {
					if (target(row.finding.getSubject()) == target) {
						row.outcome = row.outcome.isEmpty() ? reviewAction.decision()
								: row.outcome + ' ' + reviewAction.decision();
					}
				}
			} else {
				unchanged++;
			}
		}
		viewer.refresh();
		setErrorMessage(null);
		if (unchanged > 0) {
			setMessage(unchanged == 1 ? Messages.Page_unchangedOne : NLS.bind(Messages.Page_unchanged, unchanged),
					IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
		selectionChanged();
	}
}
