/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.AbstractFormPart;
import org.rapport.model.RapportPackage;
import org.rapport.ui.internal.forms.FieldBinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.rapport.model.CareerAspiration;
import org.rapport.model.Contact;
import org.rapport.model.FollowUp;
import org.rapport.model.FollowUpStatus;
import org.rapport.model.NetworkingGoal;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.emf.AdapterFactoryLabelProvider;
import org.rapport.ui.internal.Messages;

/**
 * The plan at a glance: what it is and for how long, the career aspirations and the goals that serve them, how
 * far the goals are, how much is in the plan, and the follow-ups due next. Rebuilt whenever the plan changes.
 */
public class OverviewPage extends RefreshedWhenShownPage {

	public static final String ID = UiIds.PAGE_OVERVIEW;

	/** How many follow-ups "Next Follow-ups" lists. */
	static final int NEXT_FOLLOW_UPS = 8;

	private final PlanEditor editor;
	private AdapterFactoryLabelProvider labels;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Composite planClient;
	private Composite aspirationsClient;
	private Composite goalsClient;
	private FieldBinder planFields;
	private Composite countsClient;
	private Composite followUpsClient;

	public OverviewPage(PlanEditor editor) {
		super(editor, ID, Messages.OverviewPage_tab);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		labels = new AdapterFactoryLabelProvider(editor.getAdapterFactory());
		form.addDisposeListener(e -> labels.dispose());
		toolkit.decorateFormHeading(form.getForm());

		Composite body = form.getBody();
		// Two columns side by side when there is room, one above the other when the editor is narrow.
		ColumnLayout layout = new ColumnLayout();
		layout.minNumColumns = 1;
		layout.maxNumColumns = 2;
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		Composite left = column(body);
		Composite right = column(body);
		planClient = section(left, Messages.OverviewPage_planSection, Messages.OverviewPage_planDescription, UiIds.OVERVIEW_PLAN, 2);
		aspirationsClient = section(left, Messages.OverviewPage_aspirationsSection,
				Messages.OverviewPage_aspirationsDescription, UiIds.OVERVIEW_ASPIRATIONS, 2);
		goalsClient = section(left, Messages.OverviewPage_goalsSection, Messages.OverviewPage_goalsDescription,
				UiIds.OVERVIEW_GOALS, 5);
		countsClient = section(right, Messages.OverviewPage_countsSection, Messages.OverviewPage_countsDescription,
				UiIds.OVERVIEW_COUNTS, 2);
		followUpsClient = section(right, Messages.OverviewPage_followUpsSection,
				Messages.OverviewPage_followUpsDescription, UiIds.OVERVIEW_FOLLOW_UPS, 1);

		createPlanFields(managedForm);

		// With the Overview showing, the Properties view edits the plan itself.
		editor.setPageSelectionProvider(this, new PlanSelectionProvider(editor.getPlan()));

		followChanges(form, editor.getPlan());
		refresh();
	}

	private Composite column(Composite parent) {
		Composite column = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 12;
		column.setLayout(layout);
		column.setLayoutData(new ColumnLayoutData(420));
		return column;
	}

	private Composite section(Composite parent, String title, String description, String id, int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setData(UiIds.KEY, id);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		client.setData(UiIds.KEY, id + ".client"); //$NON-NLS-1$
		section.setClient(client);
		return client;
	}

	/** Rebuilds every section from the plan. */
	@Override
	protected void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		NetworkingPlan plan = editor.getPlan();
		form.setText(RapportLabels.text(plan));
		form.setImage(labels.getImage(plan));
		planFields.refresh();
		fillAspirations(plan);
		fillGoals(plan);
		fillCounts(plan);
		fillFollowUps(plan);
		// the sections' new lines are laid out now: a section whose size did not change (the same number of
		// counts, eight follow-ups) would otherwise keep them unplaced and show nothing until something resized it
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	/**
	 * The plan's own fields, edited in place like every form of the editor: name, horizon, review cadence and the
	 * owner's profile (created by the first value typed when the plan has none).
	 */
	private void createPlanFields(IManagedForm managedForm) {
		RapportPackage p = RapportPackage.eINSTANCE;
		planFields = new FieldBinder(editor.getEditingDomain(), toolkit, planClient,
				new WritableValue<>(editor.getPlan(), EObject.class), managedForm::dirtyStateChanged);
		planFields.text(Messages.OverviewPage_name, p.getNetworkingPlan_Name(), UiIds.OVERVIEW_PLAN_NAME);
		planFields.date(Messages.OverviewPage_horizonStart, p.getNetworkingPlan_HorizonStart(),
				UiIds.OVERVIEW_PLAN_HORIZON + ".start"); //$NON-NLS-1$
		planFields.date(Messages.OverviewPage_horizonEnd, p.getNetworkingPlan_HorizonEnd(),
				UiIds.OVERVIEW_PLAN_HORIZON + ".end"); //$NON-NLS-1$
		planFields.number(Messages.OverviewPage_review, p.getNetworkingPlan_ReviewCadenceDays(),
				UiIds.OVERVIEW_PLAN + ".reviewCadence"); //$NON-NLS-1$
		FieldBinder owner = planFields.contained(Messages.OverviewPage_owner, Messages.OverviewPage_ownerDescription,
				Messages.OverviewPage_noOwner, p.getNetworkingPlan_Owner(), UiIds.OVERVIEW_PLAN_OWNER);
		owner.text(Messages.OverviewPage_ownerName, p.getProfile_Name(), UiIds.OVERVIEW_PLAN_OWNER + ".name"); //$NON-NLS-1$
		owner.text(Messages.OverviewPage_ownerHeadline, p.getProfile_Headline(), UiIds.OVERVIEW_PLAN_OWNER + ".headline"); //$NON-NLS-1$
		owner.text(Messages.OverviewPage_ownerEmail, p.getProfile_Email(), UiIds.OVERVIEW_PLAN_OWNER + ".email"); //$NON-NLS-1$
		owner.text(Messages.OverviewPage_ownerLocation, p.getProfile_Location(), UiIds.OVERVIEW_PLAN_OWNER + ".location"); //$NON-NLS-1$
		owner.multiLineText(Messages.OverviewPage_ownerSummary, p.getProfile_Summary(),
				UiIds.OVERVIEW_PLAN_OWNER + ".summary", 3); //$NON-NLS-1$
		toolkit.paintBordersFor(planClient);
		managedForm.addPart(new AbstractFormPart() {
			@Override
			public boolean isDirty() {
				return planFields.isDirty();
			}

			@Override
			public void commit(boolean onSave) {
				planFields.commit();
				super.commit(onSave);
			}
		});
	}

	private void fillAspirations(NetworkingPlan plan) {
		clear(aspirationsClient);
		if (plan.getAspirations().isEmpty()) {
			hint(aspirationsClient, Messages.OverviewPage_noAspirations, 2);
			return;
		}
		for (CareerAspiration aspiration : plan.getAspirations()) {
			Label icon = toolkit.createLabel(aspirationsClient, null);
			icon.setImage(labels.getImage(aspiration));
			Label title = toolkit.createLabel(aspirationsClient, title(aspiration), SWT.WRAP);
			title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			title.setLayoutData(wrapping());
			if (aspiration.getGoals().isEmpty()) {
				toolkit.createLabel(aspirationsClient, ""); //$NON-NLS-1$
				Label none = toolkit.createLabel(aspirationsClient, Messages.OverviewPage_noAlignedGoals, SWT.WRAP);
				none.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				continue;
			}
			for (NetworkingGoal goal : aspiration.getGoals()) {
				toolkit.createLabel(aspirationsClient, ""); //$NON-NLS-1$
				Label line = toolkit.createLabel(aspirationsClient, NLS.bind(Messages.OverviewPage_alignedGoal,
						RapportLabels.text(goal), percent(goal)), SWT.WRAP);
				line.setLayoutData(wrapping());
			}
		}
	}

	private static String title(CareerAspiration aspiration) {
		String title = RapportLabels.text(aspiration);
		return aspiration.getHorizon() == null ? title
				: NLS.bind(Messages.OverviewPage_aspirationBy, title, RapportLabels.date(aspiration.getHorizon()));
	}

	private void fillGoals(NetworkingPlan plan) {
		clear(goalsClient);
		if (plan.getGoals().isEmpty()) {
			hint(goalsClient, Messages.OverviewPage_noGoals, 5);
			return;
		}
		for (NetworkingGoal goal : plan.getGoals()) {
			// the icon on a label of its own: a Label shows an image or a text, and the image would hide the name
			Label icon = toolkit.createLabel(goalsClient, null);
			icon.setImage(labels.getImage(goal));
			Label title = toolkit.createLabel(goalsClient, RapportLabels.text(goal), SWT.WRAP);
			title.setData(UiIds.KEY, UiIds.OVERVIEW_GOAL_ROW);
			title.setLayoutData(wrapping());
			ProgressBar bar = new ProgressBar(goalsClient, SWT.HORIZONTAL | SWT.SMOOTH);
			toolkit.adapt(bar, false, false);
			bar.setMaximum(100);
			bar.setSelection((int) Math.round(goal.getProgress() * 100));
			bar.setToolTipText(percent(goal));
			GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
			barData.widthHint = 80;
			bar.setLayoutData(barData);
			toolkit.createLabel(goalsClient, percent(goal));
			String due = goal.getDueDate() == null ? Messages.OverviewPage_noDueDate
					: NLS.bind(Messages.OverviewPage_due, RapportLabels.date(goal.getDueDate()));
			String status = goal.getStatus() == null ? due
					: NLS.bind(Messages.OverviewPage_dueAndStatus, due, RapportLabels.literal(goal.getStatus()));
			toolkit.createLabel(goalsClient, status);
		}
	}

	private static String percent(NetworkingGoal goal) {
		return NLS.bind(Messages.OverviewPage_percent, Long.toString(Math.round(goal.getProgress() * 100)));
	}

	private void fillCounts(NetworkingPlan plan) {
		clear(countsClient);
		long open = plan.getFollowUps().stream().filter(f -> f.getStatus() == FollowUpStatus.OPEN).count();
		long overdue = plan.getFollowUps().stream().filter(FollowUp::isOverdue).count();
		count(Messages.OverviewPage_contacts, plan.getContacts().size(), UiIds.OVERVIEW_COUNT_CONTACTS);
		count(Messages.OverviewPage_audiences, plan.getAudiences().size(), UiIds.OVERVIEW_COUNT_AUDIENCES);
		count(Messages.OverviewPage_opportunities, plan.getOpportunities().size(), UiIds.OVERVIEW_COUNT_OPPORTUNITIES);
		count(Messages.OverviewPage_interactions, plan.getInteractions().size(), UiIds.OVERVIEW_COUNT_INTERACTIONS);
		count(Messages.OverviewPage_openFollowUps, open, UiIds.OVERVIEW_COUNT_OPEN_FOLLOW_UPS);
		Label overdueLabel = count(Messages.OverviewPage_overdueFollowUps, overdue, UiIds.OVERVIEW_COUNT_OVERDUE_FOLLOW_UPS);
		if (overdue > 0) {
			overdueLabel.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
	}

	private Label count(String label, long value, String id) {
		return field(countsClient, label, Long.toString(value), id);
	}

	private void fillFollowUps(NetworkingPlan plan) {
		clear(followUpsClient);
		List<FollowUp> next = nextFollowUps(plan, NEXT_FOLLOW_UPS);
		if (next.isEmpty()) {
			hint(followUpsClient, Messages.OverviewPage_noFollowUps, 1);
			return;
		}
		for (FollowUp followUp : next) {
			ImageHyperlink link = toolkit.createImageHyperlink(followUpsClient, SWT.WRAP);
			link.setData(UiIds.KEY, UiIds.OVERVIEW_FOLLOW_UP_ROW);
			link.setData(followUp);
			link.setImage(labels.getImage(followUp));
			String text = RapportLabels.followUp(followUp);
			link.setText(followUp.isOverdue() ? NLS.bind(Messages.OverviewPage_overdue, text) : text);
			if (followUp.isOverdue()) {
				link.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
			if (followUp.getReason() != null && !followUp.getReason().isBlank()) {
				link.setToolTipText(followUp.getReason());
			}
			link.setLayoutData(wrapping());
			Contact contact = followUp.getContact();
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					editor.showContact(contact);
				}
			});
		}
	}

	/** The open follow-ups, overdue first, then by due date (undated last); at most {@code limit}. */
	static List<FollowUp> nextFollowUps(NetworkingPlan plan, int limit) {
		List<FollowUp> open = new ArrayList<>();
		for (FollowUp followUp : plan.getFollowUps()) {
			if (followUp.getStatus() == FollowUpStatus.OPEN) {
				open.add(followUp);
			}
		}
		open.sort(Comparator.comparing((FollowUp f) -> !f.isOverdue())
				.thenComparing(FollowUp::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return open.size() > limit ? open.subList(0, limit) : open;
	}

	private Label field(Composite parent, String label, String value, String id) {
		Label name = toolkit.createLabel(parent, label);
		name.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
		Label text = toolkit.createLabel(parent, value, SWT.WRAP);
		text.setLayoutData(wrapping());
		if (id != null) {
			text.setData(UiIds.KEY, id);
		}
		return text;
	}

	private void hint(Composite parent, String text, int span) {
		Label label = toolkit.createLabel(parent, text, SWT.WRAP);
		label.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridData data = wrapping();
		data.horizontalSpan = span;
		label.setLayoutData(data);
	}

	/**
	 * Layout data for text that wraps: a small width hint keeps its preferred width from widening the
	 * form's columns, so long text wraps within the editor instead of running past its edge.
	 */
	private static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 120;
		return data;
	}

	private static void clear(Composite composite) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
	}

	/** Offers the plan as the page's selection. */
	private static final class PlanSelectionProvider implements ISelectionProvider {

		private final StructuredSelection selection;

		PlanSelectionProvider(NetworkingPlan plan) {
			selection = new StructuredSelection(plan);
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// The selection never changes.
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// The selection never changes.
		}

		@Override
		public void setSelection(ISelection newSelection) {
			// The selection is always the plan.
		}
	}
}
