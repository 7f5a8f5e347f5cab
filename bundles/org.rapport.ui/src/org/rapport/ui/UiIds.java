/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui;

public final class UiIds {

	public static final String KEY = "org.rapport.ui.id"; //$NON-NLS-1$

	public static final String EDITOR = "org.rapport.ui.editors.plan"; //$NON-NLS-1$

	/* Help contexts (F1): the topics they open are in org.rapport.help's contexts.xml. */
	public static final String HELP_VIEW_CONTACTS = "org.rapport.ui.view_contacts"; //$NON-NLS-1$
	public static final String HELP_VIEW_AGENDA = "org.rapport.ui.view_agenda"; //$NON-NLS-1$
	public static final String HELP_VIEW_SCORECARD = "org.rapport.ui.view_scorecard"; //$NON-NLS-1$
	public static final String HELP_VIEW_VALIDATION = "org.rapport.ui.view_validation"; //$NON-NLS-1$

	/** The help context of the plan editor's page with that id. */
	public static String helpContextOfPage(String pageId) {
		return "org.rapport.ui.page_" + pageId; //$NON-NLS-1$
	}

	public static final String PAGE_OVERVIEW = "overview"; //$NON-NLS-1$
	public static final String PAGE_CONTACTS = "contacts"; //$NON-NLS-1$
	public static final String PAGE_ERROR = "error"; //$NON-NLS-1$
	public static final String VIEW_CONTACTS = "org.rapport.ui.views.contacts"; //$NON-NLS-1$
	public static final String VIEW_CATEGORY = "org.rapport.ui.category"; //$NON-NLS-1$
	public static final String COMMAND_NEW_PLAN = "org.rapport.ui.newPlan"; //$NON-NLS-1$
	public static final String COMMAND_OPEN_PLAN = "org.rapport.ui.openPlan"; //$NON-NLS-1$
	public static final String COMMAND_ADD_CONTACT = "org.rapport.ui.addContact"; //$NON-NLS-1$
	/** File > Import... opened on the contacts import wizard (serialized as {@code ICommandService.deserialize} reads it). */
	public static final String COMMAND_IMPORT_CONTACTS = "org.eclipse.ui.file.import(importWizardId=org.rapport.ui.wizards.importContacts)"; //$NON-NLS-1$
	public static final String WIZARD_NEW_PLAN = "org.rapport.ui.wizards.newPlan"; //$NON-NLS-1$
	public static final String ELEMENT_FACTORY = "org.rapport.ui.planEditorInputFactory"; //$NON-NLS-1$

	public static final String ERROR_MESSAGE = "editor.error.message"; //$NON-NLS-1$

	public static final String OVERVIEW_PLAN = "overview.plan"; //$NON-NLS-1$
	public static final String OVERVIEW_ASPIRATIONS = "overview.aspirations"; //$NON-NLS-1$
	public static final String OVERVIEW_GOALS = "overview.goals"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNTS = "overview.counts"; //$NON-NLS-1$
	public static final String OVERVIEW_FOLLOW_UPS = "overview.followUps"; //$NON-NLS-1$
	public static final String OVERVIEW_PLAN_NAME = "overview.plan.name"; //$NON-NLS-1$
	public static final String OVERVIEW_PLAN_OWNER = "overview.plan.owner"; //$NON-NLS-1$
	public static final String OVERVIEW_PLAN_HORIZON = "overview.plan.horizon"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_CONTACTS = "overview.count.contacts"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_AUDIENCES = "overview.count.audiences"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_OPPORTUNITIES = "overview.count.opportunities"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_INTERACTIONS = "overview.count.interactions"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_OPEN_FOLLOW_UPS = "overview.count.openFollowUps"; //$NON-NLS-1$
	public static final String OVERVIEW_COUNT_OVERDUE_FOLLOW_UPS = "overview.count.overdueFollowUps"; //$NON-NLS-1$
	public static final String OVERVIEW_GOAL_ROW = "overview.goals.row"; //$NON-NLS-1$
	public static final String OVERVIEW_FOLLOW_UP_ROW = "overview.followUps.row"; //$NON-NLS-1$

	public static final String CONTACTS_TABLE = "contacts.table"; //$NON-NLS-1$
	public static final String CONTACTS_FILTER = "contacts.table.filter"; //$NON-NLS-1$
	public static final String CONTACTS_ADD = "contacts.table.add"; //$NON-NLS-1$
	public static final String CONTACTS_REMOVE = "contacts.table.remove"; //$NON-NLS-1$
	public static final String CONTACTS_DETAILS = "contacts.details"; //$NON-NLS-1$
	public static final String CONTACT_FIRST_NAME = "contact.firstName"; //$NON-NLS-1$
	public static final String CONTACT_LAST_NAME = "contact.lastName"; //$NON-NLS-1$
	public static final String CONTACT_ORGANIZATION = "contact.organization"; //$NON-NLS-1$
	public static final String CONTACT_POSITION = "contact.position"; //$NON-NLS-1$
	public static final String CONTACT_LOCATION = "contact.location"; //$NON-NLS-1$
	public static final String CONTACT_EMAILS = "contact.emails"; //$NON-NLS-1$
	public static final String CONTACT_PHONES = "contact.phones"; //$NON-NLS-1$
	public static final String CONTACT_TIER = "contact.tier"; //$NON-NLS-1$
	public static final String CONTACT_NOTES = "contact.notes"; //$NON-NLS-1$
	public static final String CONTACT_LAST_CONTACT = "contact.lastContact"; //$NON-NLS-1$

	public static final String VIEW_CONTACTS_TABLE = "view.contacts.table"; //$NON-NLS-1$
	public static final String VIEW_CONTACTS_FILTER = "view.contacts.filter"; //$NON-NLS-1$

	public static final String NEW_PLAN_NAME = "newPlan.name"; //$NON-NLS-1$
	public static final String NEW_PLAN_OWNER = "newPlan.owner"; //$NON-NLS-1$
	public static final String NEW_PLAN_FOLDER = "newPlan.folder"; //$NON-NLS-1$
	public static final String NEW_PLAN_BROWSE = "newPlan.browse"; //$NON-NLS-1$
	public static final String NEW_PLAN_FILE = "newPlan.file"; //$NON-NLS-1$

	public static final String VIEW_SCORECARD = "org.rapport.ui.views.scorecard"; //$NON-NLS-1$
	public static final String SCORECARD_NO_PLAN = "scorecard.noPlan"; //$NON-NLS-1$
	public static final String SCORECARD_OVERALL = "scorecard.overall"; //$NON-NLS-1$
	public static final String SCORECARD_WORD = "scorecard.word"; //$NON-NLS-1$
	public static final String SCORECARD_STATUS = "scorecard.status"; //$NON-NLS-1$
	public static final String SCORECARD_TREND = "scorecard.trend"; //$NON-NLS-1$
	public static final String SCORECARD_CHART = "scorecard.chart"; //$NON-NLS-1$
	public static final String SCORECARD_STRATEGY_FILTER = "scorecard.strategyFilter"; //$NON-NLS-1$
	public static final String SCORECARD_TEXT_FILTER = "scorecard.textFilter"; //$NON-NLS-1$
	public static final String SCORECARD_FINDINGS = "scorecard.findings"; //$NON-NLS-1$
	/** The first steps of a new plan; each step's row is keyed {@code SCORECARD_FIRST_STEPS + '.' + step name}. */
	public static final String SCORECARD_FIRST_STEPS = "scorecard.firstSteps"; //$NON-NLS-1$

	public static final String PREFERENCES_RAPPORT = "org.rapport.ui.preferences.rapport"; //$NON-NLS-1$
	public static final String PREFERENCES_STRATEGIES = "org.rapport.ui.preferences.strategies"; //$NON-NLS-1$
	public static final String PREFERENCES_TIME_LIMIT = "preferences.strategies.timeLimit"; //$NON-NLS-1$
	public static final String PREFERENCES_WEIGHTS = "preferences.strategies.weights"; //$NON-NLS-1$
	public static final String PREFERENCES_WEIGHT_EDITOR = "preferences.strategies.weightEditor"; //$NON-NLS-1$

	private UiIds() {
	}
}
