/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.strategies.IStrategyRegistry;
import org.rapport.core.strategies.Strategies;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.core.strategies.StrategyPreferences;
import org.rapport.ui.UiIds;
import org.rapport.ui.internal.Messages;
import org.rapport.ui.internal.scoring.ScoreFormat;

/**
 * Rapport &gt; Strategies: how long one call of a strategy may take, and each strategy's weight in the plan
 * health. Stored with the keys of {@link StrategyPreferences} in the instance scope of
 * {@value StrategyPreferences#QUALIFIER}, where the registry reads them on every call; open plans are scored
 * again when they change. A value equal to the default is removed rather than stored, so that a later
 * change of the default (a new version of a strategy) reaches the user.
 */
public class StrategiesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The shortest time limit accepted: shorter would make most strategies fail on a busy machine. */
	public static final long MIN_TIME_LIMIT_MILLIS = 100;
	/** The longest time limit accepted: ten minutes; longer is no limit at all for a person waiting. */
	public static final long MAX_TIME_LIMIT_MILLIS = 600_000;
	/** The largest weight accepted, so that one strategy cannot make the others meaningless by a typo. */
	public static final double MAX_WEIGHT = 100;

	private IStrategyRegistry registry;
	private List<StrategyDescriptor> strategies = List.of();
	/** The weights being edited, by strategy id. */
	private final Map<String, Double> weights = new LinkedHashMap<>();
	private Text timeLimit;
	private TableViewer viewer;
	private String cellError;

	@Override
	public void init(IWorkbench workbench) {
		registry = Strategies.getRegistry();
		strategies = registry.getStrategies();
		for (StrategyDescriptor strategy : strategies) {
			weights.put(strategy.getId(), registry.getWeight(strategy));
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		composite.setLayout(layout);

		Label description = new Label(composite, SWT.WRAP);
		description.setText(Messages.Preferences_strategies);
		GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		descriptionData.widthHint = 400;
		description.setLayoutData(descriptionData);

		Label timeLimitLabel = new Label(composite, SWT.NONE);
		timeLimitLabel.setText(Messages.Preferences_timeLimit);
		timeLimit = new Text(composite, SWT.BORDER | SWT.RIGHT);
		timeLimit.setData(UiIds.KEY, UiIds.PREFERENCES_TIME_LIMIT);
		timeLimit.setToolTipText(NLS.bind(Messages.Preferences_timeLimitToolTip,
				Long.toString(MIN_TIME_LIMIT_MILLIS), Long.toString(MAX_TIME_LIMIT_MILLIS)));
		GridData timeLimitData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		timeLimitData.widthHint = 80;
		timeLimit.setLayoutData(timeLimitData);
		timeLimit.setText(Long.toString(registry.getTimeLimitMillis()));
		timeLimit.addModifyListener(e -> validate());

		Label weightsLabel = new Label(composite, SWT.WRAP);
		weightsLabel.setText(Messages.Preferences_weights);
		GridData weightsLabelData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		weightsLabelData.widthHint = 400;
		weightsLabelData.verticalIndent = 8;
		weightsLabel.setLayoutData(weightsLabelData);
		createTable(composite);

		validate();
		return composite;
	}

	private void createTable(Composite parent) {
		Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(UiIds.KEY, UiIds.PREFERENCES_WEIGHTS);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 200;
		table.setLayoutData(data);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(Messages.Preferences_columnStrategy, 220, StrategyDescriptor::getName, StrategyDescriptor::getDescription);
		column(Messages.Preferences_columnPlugin, 150, StrategyDescriptor::getContributor, null);
		column(Messages.Preferences_columnDefault, 60, s -> ScoreFormat.weight(s.getDefaultWeight()), null);
		TableViewerColumn weight = column(Messages.Preferences_columnWeight, 70,
				s -> ScoreFormat.weight(weights.get(s.getId())), s -> Messages.Preferences_weightToolTip);
		weight.setEditingSupport(new WeightEditing());
		viewer.setInput(strategies);
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<StrategyDescriptor, String> text,
			java.util.function.Function<StrategyDescriptor, String> toolTip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StrategyDescriptor) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return toolTip == null ? null : toolTip.apply((StrategyDescriptor) element);
			}
		});
		return column;
	}

	/** Edits a weight in place; what is typed is checked as it is typed and applied when it is valid. */
	private final class WeightEditing extends EditingSupport {
		private final TextCellEditor editor;

		WeightEditing() {
			super(viewer);
			editor = new TextCellEditor(viewer.getTable());
			editor.getControl().setData(UiIds.KEY, UiIds.PREFERENCES_WEIGHT_EDITOR);
			editor.setValidator(value -> Double.isNaN(parseWeight((String) value))
					? NLS.bind(Messages.Preferences_invalidWeight, value, ScoreFormat.weight(MAX_WEIGHT))
					: null);
			editor.addListener(new ICellEditorListener() {
				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					cellError = editor.getErrorMessage();
					validate();
				}

				@Override
				public void cancelEditor() {
					cellError = null;
					validate();
				}

				@Override
				public void applyEditorValue() {
					cellError = null;
					validate();
				}
			});
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ScoreFormat.weight(weights.get(((StrategyDescriptor) element).getId()));
		}

		@Override
		protected void setValue(Object element, Object value) {
			double weight = parseWeight((String) value);
			if (!Double.isNaN(weight)) {
				weights.put(((StrategyDescriptor) element).getId(), weight);
				viewer.update(element, null);
			}
		}
	}

	/**
	 * A weight typed by a person: a number from 0 to {@link #MAX_WEIGHT}, with a dot or a comma as the
	 * decimal separator; NaN for anything else.
	 */
	public static double parseWeight(String text) {
		if (text == null) {
			return Double.NaN;
		}
		try {
			double weight = Double.parseDouble(text.trim().replace(',', '.'));
			return Double.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT ? weight : Double.NaN;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/** A time limit typed by a person, in milliseconds, or -1 when it is not a whole number in the range. */
	public static long parseTimeLimit(String text) {
		try {
			long millis = Long.parseLong(text.trim());
			return millis >= MIN_TIME_LIMIT_MILLIS && millis <= MAX_TIME_LIMIT_MILLIS ? millis : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private void validate() {
		String error = null;
		if (timeLimit != null && parseTimeLimit(timeLimit.getText()) < 0) {
			error = NLS.bind(Messages.Preferences_invalidTimeLimit, new Object[] { timeLimit.getText().trim(),
					Long.toString(MIN_TIME_LIMIT_MILLIS), Long.toString(MAX_TIME_LIMIT_MILLIS) });
		} else if (cellError != null) {
			error = cellError;
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	protected void performDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		timeLimit.setText(Long.toString(defaults.getLong(StrategyPreferences.TIME_LIMIT_MILLIS,
				StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS)));
		for (StrategyDescriptor strategy : strategies) {
			weights.put(strategy.getId(), strategy.getDefaultWeight());
		}
		viewer.refresh();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		long limit = parseTimeLimit(timeLimit.getText());
		if (limit < 0) {
			return false;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER);
		long defaultLimit = DefaultScope.INSTANCE.getNode(StrategyPreferences.QUALIFIER)
				.getLong(StrategyPreferences.TIME_LIMIT_MILLIS, StrategyPreferences.DEFAULT_TIME_LIMIT_MILLIS);
		if (limit == defaultLimit) {
			preferences.remove(StrategyPreferences.TIME_LIMIT_MILLIS);
		} else {
			preferences.putLong(StrategyPreferences.TIME_LIMIT_MILLIS, limit);
		}
		for (StrategyDescriptor strategy : strategies) {
			String key = StrategyPreferences.weightKey(strategy.getId());
			double weight = weights.get(strategy.getId());
			if (weight == strategy.getDefaultWeight()) {
				preferences.remove(key);
			} else {
				preferences.put(key, ScoreFormat.weight(weight));
			}
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// the values apply in this session anyway; only keeping them for the next one failed
			ILog.of(StrategiesPreferencePage.class).error(Messages.Preferences_notSaved, e);
		}
		return true;
	}
}
