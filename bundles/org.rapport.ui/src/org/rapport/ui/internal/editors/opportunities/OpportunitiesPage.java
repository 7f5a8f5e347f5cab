/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.Opportunity;
import org.rapport.model.OpportunityStatus;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;

/**
 * Opportunities as a pipeline: a bar per stage (identified, planned, registered, attended, followed up, declined)
 * over the list in pipeline order, online and offline told apart by a column and a choice of which to show, and
 * Next Stage to move the selected ones on in one undoable step.
 */
public final class OpportunitiesPage extends MasterDetailsFormPage {

	public static final String ID = "opportunities"; //$NON-NLS-1$

	/** Which opportunities the page shows, by where they happen. */
	private enum Show {
		ALL, ONLINE, OFFLINE
	}

	private Show show = Show.ALL;
	private OpportunityStatus stage;
	private final Map<Show, Button> showButtons = new EnumMap<>(Show.class);
	private PipelinePart pipeline;
	private ElementListPart<Opportunity> list;

	public OpportunitiesPage(PlanEditor editor) {
		super(editor, ID, Messages.OpportunitiesPage_tab, RapportPackage.Literals.OPPORTUNITY);
	}

	@Override
	protected String getHeading() {
		return Messages.OpportunitiesPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		RapportPackage p = RapportPackage.eINSTANCE;
		pipeline = addPart(new PipelinePart(parent, toolkit, getEditor().getPlan(), this::showsWhere, this::stageChosen));
		list = addList(new ElementListPart<>(this, parent, toolkit, Messages.OpportunitiesPage_list,
				Messages.OpportunitiesPage_listDescription, p.getNetworkingPlan_Opportunities(), Opportunity.class,
				OpportunityIds.LIST)
				.emptyHint(Messages.OpportunitiesPage_listEmpty)
				.withFilter(Messages.OpportunitiesPage_filterHint)
				.column(ElementColumn.of(Messages.OpportunitiesPage_columnName, 190, Opportunity::getName))
				.column(ElementColumn.of(Messages.OpportunitiesPage_columnStage, 85, o -> RapportLabels.literal(o.getStatus()),
						Comparator.comparingInt((Opportunity o) -> OpportunityPipeline.STAGES.indexOf(o.getStatus()))
								.thenComparing(Opportunity::getDate, Comparator.nullsLast(Date::compareTo)),
						false))
				.column(ElementColumn.of(Messages.OpportunitiesPage_columnWhere, 60, OpportunitiesPage::where))
				.column(ElementColumn.of(Messages.OpportunitiesPage_columnKind, 90,
						o -> o.getKind() == null ? "" : RapportLabels.literal(o.getKind()))) //$NON-NLS-1$
				.column(ElementColumn.of(Messages.OpportunitiesPage_columnDate, 85, o -> RapportLabels.date(o.getDate()),
						Comparator.comparing(Opportunity::getDate, Comparator.nullsLast(Date::compareTo)), false))
				.sortBy(1, true)
				.userFilter(o -> showsWhere(o) && (stage == null || o.getStatus() == stage), this::showEverything)
				.initializer(o -> {
					o.setName(Messages.OpportunitiesPage_newOpportunity);
					o.setStatus(stage == null ? OpportunityStatus.IDENTIFIED : stage);
					o.setOnline(show == Show.ONLINE);
				})
				.button(Messages.OpportunitiesPage_nextStage, Messages.OpportunitiesPage_nextStageTip, OpportunityIds.NEXT_STAGE,
						OpportunityPipeline::canMove,
						this::moveToNextStage));
		createShowChoice(list.createBar(), toolkit);
		SashForm masters = (SashForm) parent;
		masters.setWeights(35, 65);
		masters.addListener(SWT.Resize, e -> fitPipeline(masters));
	}

	/** Gives the pipeline the height of all its bars, unless that would leave the list less than half. */
	private void fitPipeline(SashForm masters) {
		Rectangle area = masters.getClientArea();
		if (area.height <= 0 || area.width <= 0) {
			return;
		}
		int wanted = pipeline.getSection().computeSize(area.width, SWT.DEFAULT).y;
		int height = Math.max(1, Math.min(wanted, area.height / 2));
		masters.setWeights(height, Math.max(1, area.height - height));
	}

	private void createShowChoice(Composite bar, FormToolkit toolkit) {
		toolkit.createLabel(bar, Messages.OpportunitiesPage_show);
		radio(bar, toolkit, Show.ALL, Messages.OpportunitiesPage_showAll, OpportunityIds.SHOW_ALL);
		radio(bar, toolkit, Show.ONLINE, Messages.OpportunitiesPage_showOnline, OpportunityIds.SHOW_ONLINE);
		radio(bar, toolkit, Show.OFFLINE, Messages.OpportunitiesPage_showOffline, OpportunityIds.SHOW_OFFLINE);
	}

	private void radio(Composite bar, FormToolkit toolkit, Show which, String label, String id) {
		Button button = toolkit.createButton(bar, label, SWT.RADIO);
		button.setData(UiIds.KEY, id);
		button.setSelection(which == show);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection() && show != which) {
				show = which;
				pipeline.refresh();
				list.refresh();
			}
		});
		showButtons.put(which, button);
	}

	@Override
	protected void createDetails() {
		registerDetails(RapportPackage.Literals.OPPORTUNITY, new OpportunityDetails(getEditor()));
	}

	static String where(Opportunity opportunity) {
		return opportunity.isOnline() ? Messages.OpportunitiesPage_online : Messages.OpportunitiesPage_offline;
	}

	private boolean showsWhere(Opportunity opportunity) {
		return switch (show) {
		case ALL -> true;
		case ONLINE -> opportunity.isOnline();
		case OFFLINE -> !opportunity.isOnline();
		};
	}

	private void stageChosen(OpportunityStatus chosen) {
		stage = chosen;
		list.refresh();
	}

	/** Shows all stages, online and offline (to show an opportunity the choices hide). */
	private void showEverything() {
		stage = null;
		pipeline.showStage(null);
		show = Show.ALL;
		showButtons.forEach((which, button) -> button.setSelection(which == Show.ALL));
		pipeline.refresh();
	}

	private void moveToNextStage(List<Opportunity> selected) {
		Command move = OpportunityPipeline.moveToNextStage(getEditor().getEditingDomain(), selected);
		if (move.canExecute()) {
			getEditor().getEditingDomain().getCommandStack().execute(move);
		}
	}
}
