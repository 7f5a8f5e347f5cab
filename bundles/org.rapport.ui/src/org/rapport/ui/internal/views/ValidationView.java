/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.rapport.core.strategies.PlanReplica;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportIcons;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.emf.ItemImages;
import org.rapport.ui.internal.editors.ModelRefresher;
import org.rapport.ui.internal.forms.VirtualRows;
import org.rapport.ui.internal.forms.VirtualTableViewer;
import org.rapport.ui.internal.validation.Messages;
import org.rapport.ui.internal.validation.PlanProblems;
import org.rapport.ui.internal.validation.ValidationProblem;
import org.rapport.ui.internal.validation.ValidationRunner;

/**
 * The problems the validator finds in the plan of the active plan editor (the last one activated stays shown):
 * severity, message, object and feature, with a summary and a filter by severity. The plan is validated again
 * once it has not changed for a moment (in a job, see {@link ValidationRunner}). Double-click (or
 * Enter) shows the object in the editor.
 */
public class ValidationView extends ViewPart {

	public static final String ID = "org.rapport.ui.views.validation"; //$NON-NLS-1$
	/** Ids (under {@link UiIds#KEY}) of the view's controls. */
	public static final String TABLE_ID = "view.validation.table"; //$NON-NLS-1$
	public static final String SUMMARY_ID = "view.validation.summary"; //$NON-NLS-1$
	public static final String SHOW_ERRORS_ID = "view.validation.showErrors"; //$NON-NLS-1$
	public static final String SHOW_WARNINGS_ID = "view.validation.showWarnings"; //$NON-NLS-1$
	public static final String SHOW_INFOS_ID = "view.validation.showInfos"; //$NON-NLS-1$
	/** How long the plan stays unchanged before it is validated again, in milliseconds. */
	static final int MODEL_DELAY = 300;

	private VirtualTableViewer viewer;
	private Label summary;
	private Button showErrors;
	private Button showWarnings;
	private Button showInfos;
	private ResourceManager resources;
	private ModelRefresher refresher;
	private ValidationRunner runner;
	private PlanEditorTracker tracker;
	private PlanEditor editor;
	private NetworkingPlan shownPlan;
	private List<ValidationProblem> problems = List.of();
	private List<ValidationProblem> rows = List.of();
	private final Runnable revalidate = this::revalidate;
	private int delivered;

	@Override
	public void createPartControl(Composite parent) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, UiIds.HELP_VIEW_VALIDATION);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);

		summary = new Label(parent, SWT.NONE);
		summary.setData(UiIds.KEY, SUMMARY_ID);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		showErrors = check(parent, Messages.Validation_showErrors, SHOW_ERRORS_ID);
		showWarnings = check(parent, Messages.Validation_showWarnings, SHOW_WARNINGS_ID);
		showInfos = check(parent, Messages.Validation_showInfos, SHOW_INFOS_ID);

		Table table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(UiIds.KEY, TABLE_ID);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		resources = new LocalResourceManager(JFaceResources.getResources(), table);
		viewer = new VirtualTableViewer(table);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int row) {
				if (row < rows.size()) {
					viewer.replace(rows.get(row), row);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the view sets the rows itself
			}
		});
		column(Messages.Validation_columnMessage, 420, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((ValidationProblem) element).message();
			}

			@Override
			public Image getImage(Object element) {
				return severityImage(((ValidationProblem) element).severity());
			}
		});
		column(Messages.Validation_columnObject, 220, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				ValidationProblem problem = (ValidationProblem) element;
				return problem.object() == null ? "" : RapportLabels.text(problem.object()); //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				ImageDescriptor icon = ItemImages.descriptor(RapportIcons.image(((ValidationProblem) element).object()));
				return icon == null ? null : resources.create(icon);
			}
		});
		column(Messages.Validation_columnFeature, 120, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				ValidationProblem problem = (ValidationProblem) element;
				return problem.feature() == null ? "" : problem.feature().getName(); //$NON-NLS-1$
			}
		});
		viewer.setInput(this);
		viewer.addDoubleClickListener(e -> {
			IStructuredSelection selection = (IStructuredSelection) e.getSelection();
			if (editor != null && selection.getFirstElement() instanceof ValidationProblem problem
					&& problem.object() != null) {
				editor.select(problem.object());
			}
		});
		getSite().setSelectionProvider(viewer);

		runner = new ValidationRunner(parent.getDisplay(), this::show);
		refresher = new ModelRefresher(table, () -> table.getDisplay().timerExec(MODEL_DELAY, revalidate));
		tracker = new PlanEditorTracker(getSite().getPage(), this::setEditor);
	}

	private Button check(Composite parent, String text, String id) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(true);
		button.setData(UiIds.KEY, id);
		button.addListener(SWT.Selection, e -> showRows());
		return button;
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = column.getColumn();
		tableColumn.setText(title);
		tableColumn.setWidth(width);
		tableColumn.setMoveable(true);
		column.setLabelProvider(labels);
	}

	private static Image severityImage(int severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (severity >= Diagnostic.ERROR) {
			return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return images.getImage(severity == Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
				: ISharedImages.IMG_OBJS_INFO_TSK);
	}

	private void revalidate() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		PlanReplica replica = editor == null || editor.getPlan() == null ? null : editor.getAdapter(PlanReplica.class);
		if (replica == null) {
			show(List.of());
			return;
		}
		summary.setText(Messages.Validation_running);
		runner.validate(replica);
	}

	private void show(List<ValidationProblem> newProblems) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		problems = newProblems;
		delivered++;
		showRows();
	}

	private void showRows() {
		Table table = viewer.getTable();
		ValidationProblem selected = (ValidationProblem) viewer.getStructuredSelection().getFirstElement();
		Object[] before = rows.toArray();
		rows = PlanProblems.filter(problems, showErrors.getSelection(), showWarnings.getSelection(),
				showInfos.getSelection());
		// problems are values: a row is cleared when its problem is another one
		VirtualRows.show(viewer, before, rows.toArray(), Set.of());
		table.deselectAll();
		if (selected != null) {
			for (int i = 0; i < rows.size(); i++) {
				ValidationProblem row = rows.get(i);
				if (row.object() == selected.object() && row.code() == selected.code()) {
					viewer.replace(row, i);
					table.setSelection(i);
					break;
				}
			}
		}
		String text = shownPlan == null ? Messages.Validation_noPlan : PlanProblems.summary(problems);
		if (rows.size() < problems.size()) {
			text = NLS.bind(Messages.Validation_hidden, text, Integer.valueOf(problems.size() - rows.size()));
		}
		summary.setText(text);
		summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
	}

	private void setEditor(PlanEditor newEditor) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NetworkingPlan plan = newEditor == null ? null : newEditor.getPlan();
		if (newEditor == editor && plan == shownPlan) {
			return;
		}
		editor = newEditor;
		shownPlan = plan;
		refresher.attach(plan);
		problems = List.of();
		showRows();
		setContentDescription(plan == null ? "" : RapportLabels.text(plan)); //$NON-NLS-1$
		revalidate();
	}

	/** The problems found in the plan shown (all severities), as last delivered. */
	public List<ValidationProblem> getProblems() {
		return new ArrayList<>(problems);
	}

	/** How many results the view has shown so far (each validation delivers one). */
	public int getResultCount() {
		return delivered;
	}

	/** Whether a validation is still running. */
	public boolean isValidating() {
		return runner.isRunning();
	}

	/** The editor whose plan is shown, or {@code null}. */
	public PlanEditor getEditor() {
		return editor;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (runner != null) {
			runner.dispose();
		}
		super.dispose();
	}
}
