/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ColorBands;

/**
 * The pipeline at a glance: a bar per stage with the number of opportunities in it (of those the page shows: all,
 * online or offline). Clicking a stage tells the page to list only that stage; clicking it again, all.
 */
final class PipelinePart extends SectionPart {

	private static final ColorBands ONE_COLOUR = new ColorBands(new double[0], new RGB[] { new RGB(70, 130, 180) });

	private final NetworkingPlan plan;
	private final Predicate<Opportunity> counted;
	private final BarChart chart;

	/**
	 * @param counted which opportunities the bars count
	 * @param stageChosen told the stage the user clicked, {@code null} when they clicked it again (all stages)
	 */
	PipelinePart(Composite parent, FormToolkit toolkit, NetworkingPlan plan, Predicate<Opportunity> counted,
			Consumer<OpportunityStatus> stageChosen) {
		super(parent, toolkit, Section.TITLE_BAR);
		this.plan = plan;
		this.counted = counted;
		Section section = getSection();
		section.setText(Messages.OpportunitiesPage_pipeline);
		GridData sectionData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sectionData.widthHint = 120;
		section.setLayoutData(sectionData);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);
		chart = new BarChart(client, SWT.BORDER);
		chart.setData(UiIds.KEY, OpportunityIds.PIPELINE);
		chart.setBands(ONE_COLOUR);
		chart.setEmptyMessage(Messages.OpportunitiesPage_pipelineEmpty);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.addListener(SWT.Selection, e -> stageChosen.accept((OpportunityStatus) e.data));
	}

	@Override
	public void initialize(IManagedForm form) {
		super.initialize(form);
		refresh();
	}

	/** Counts again (after a model change or another choice of what to count). */
	@Override
	public void refresh() {
		if (chart.isDisposed()) {
			return;
		}
		List<BarChart.Bar> bars = new ArrayList<>();
		int most = 1;
		for (OpportunityStatus stage : OpportunityPipeline.STAGES) {
			int online = 0;
			int offline = 0;
			for (Opportunity opportunity : plan.getOpportunities()) {
				if (opportunity.getStatus() == stage && counted.test(opportunity)) {
					if (opportunity.isOnline()) {
						online++;
					} else {
						offline++;
					}
				}
			}
			int all = online + offline;
			most = Math.max(most, all);
			String label = capitalized(RapportLabels.literal(stage));
			bars.add(new BarChart.Bar(label, all, String.valueOf(all),
					NLS.bind(Messages.OpportunitiesPage_pipelineTip, new Object[] { label, online, offline }), stage));
		}
		chart.setMaximum(most);
		chart.setBars(bars);
		super.refresh();
	}

	/** Selects the stage's bar (none for {@code null}) without telling the page. */
	void showStage(OpportunityStatus stage) {
		chart.setSelection(stage == null ? -1 : OpportunityPipeline.STAGES.indexOf(stage));
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.getDefault()) + text.substring(1);
	}
}
