package org.rapport.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's strings (messages.properties next to this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.messages"; //$NON-NLS-1$

	public static String Action_undo;
	public static String Action_undoCommand;
	public static String Action_undoTooltip;
	public static String Action_redo;
	public static String Action_redoCommand;
	public static String Action_redoTooltip;
	public static String Command_set;
	public static String Command_add;
	public static String Command_delete;
	public static String Dialog_planFiles;
	public static String Dialog_allFiles;
	public static String Editor_unsupportedInput;
	public static String Editor_loadFailed;
	public static String Editor_saveAsTitle;
	public static String Editor_overwrite;
	public static String Editor_saveFailedTitle;
	public static String ErrorPage_tab;
	public static String ErrorPage_title;
	public static String ErrorPage_headline;
	public static String ErrorPage_unknown;
	public static String ErrorPage_file;
	public static String ErrorPage_line;
	public static String ErrorPage_lineColumn;
	public static String ErrorPage_untouched;
	public static String OverviewPage_tab;
	public static String OverviewPage_planSection;
	public static String OverviewPage_planDescription;
	public static String OverviewPage_name;
	public static String OverviewPage_owner;
	public static String OverviewPage_noOwner;
	public static String OverviewPage_horizon;
	public static String OverviewPage_horizonRange;
	public static String OverviewPage_noHorizon;
	public static String OverviewPage_open;
	public static String OverviewPage_review;
	public static String OverviewPage_reviewEvery;
	public static String OverviewPage_aspirationsSection;
	public static String OverviewPage_aspirationsDescription;
	public static String OverviewPage_noAspirations;
	public static String OverviewPage_aspirationBy;
	public static String OverviewPage_noAlignedGoals;
	public static String OverviewPage_alignedGoal;
	public static String OverviewPage_goalsSection;
	public static String OverviewPage_goalsDescription;
	public static String OverviewPage_noGoals;
	public static String OverviewPage_percent;
	public static String OverviewPage_due;
	public static String OverviewPage_noDueDate;
	public static String OverviewPage_dueAndStatus;
	public static String OverviewPage_countsSection;
	public static String OverviewPage_countsDescription;
	public static String OverviewPage_contacts;
	public static String OverviewPage_audiences;
	public static String OverviewPage_opportunities;
	public static String OverviewPage_interactions;
	public static String OverviewPage_openFollowUps;
	public static String OverviewPage_overdueFollowUps;
	public static String OverviewPage_followUpsSection;
	public static String OverviewPage_followUpsDescription;
	public static String OverviewPage_noFollowUps;
	public static String OverviewPage_overdue;
	public static String ContactsPage_tab;
	public static String ContactsPage_title;
	public static String ContactsPage_listSection;
	public static String ContactsPage_listDescription;
	public static String ContactsPage_add;
	public static String ContactsPage_remove;
	public static String ContactsPage_delete;
	public static String Contacts_filterHint;
	public static String Contacts_columnName;
	public static String Contacts_columnOrganization;
	public static String Contacts_columnPosition;
	public static String Contacts_columnTier;
	public static String Contacts_columnAudiences;
	public static String Contacts_columnLastContact;
	public static String Contacts_columnDaysSince;
	public static String Contacts_never;
	public static String ContactDetails_section;
	public static String ContactDetails_noSelection;
	public static String ContactDetails_firstName;
	public static String ContactDetails_lastName;
	public static String ContactDetails_organization;
	public static String ContactDetails_position;
	public static String ContactDetails_location;
	public static String ContactDetails_emails;
	public static String ContactDetails_phones;
	public static String ContactDetails_listHint;
	public static String ContactDetails_tier;
	public static String ContactDetails_notes;
	public static String ContactDetails_lastContact;
	public static String ContactDetails_lastContactDays;
	public static String ContactDetails_neverContacted;
	public static String ContactsView_noPlan;
	public static String OpenPlan_title;
	public static String OpenPlan_failedTitle;
	public static String OpenPlan_editorFailed;
	public static String NewPlan_windowTitle;
	public static String NewPlan_title;
	public static String NewPlan_description;
	public static String NewPlan_name;
	public static String NewPlan_owner;
	public static String NewPlan_folder;
	public static String NewPlan_browse;
	public static String NewPlan_browseTitle;
	public static String NewPlan_file;
	public static String NewPlan_nameMissing;
	public static String NewPlan_ownerMissing;
	public static String NewPlan_folderMissing;
	public static String NewPlan_folderInvalid;
	public static String NewPlan_notAFolder;
	public static String NewPlan_folderReadOnly;
	public static String NewPlan_folderCreated;
	public static String NewPlan_fileMissing;
	public static String NewPlan_fileInvalid;
	public static String NewPlan_fileExtension;
	public static String NewPlan_fileExists;
	public static String NewPlan_failedTitle;
	public static String Property_invalidDate;
	public static String Property_invalidValue;
	public static String Property_valueRequired;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
