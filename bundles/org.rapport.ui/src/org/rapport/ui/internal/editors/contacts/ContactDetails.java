/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.contacts;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.UiIds;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementDetailsPage;
import org.rapport.ui.internal.forms.EntryTableField.Column;
import org.rapport.ui.internal.forms.FieldBinder;
import org.rapport.ui.internal.interaction.Reach;
import org.rapport.core.followup.FollowUpPreferences;
import org.rapport.ui.internal.views.contacts.OverdueText;

/**
 * Everything a user edits on a contact, grouped: the person, how to reach them, the relationship (tier, cadence,
 * audiences, what you share), how you met (the opportunity, who introduced you; a chooser, as there may be
 * thousands of contacts) and notes; then what the plan derives (last contact, give and take, overdue follow-ups)
 * and, for an imported contact, where it came from.
 */
public final class ContactDetails extends ElementDetailsPage {

	public ContactDetails(PlanEditor editor) {
		super(editor, Messages.ContactDetails_section, UiIds.CONTACTS_DETAILS);
	}

	@Override
	protected void createFields(FieldBinder fields) {
		RapportPackage p = RapportPackage.eINSTANCE;
		fields.heading(Messages.ContactDetails_groupPerson);
		// the first name first: Add puts the cursor in the first field
		fields.text(Messages.ContactDetails_firstName, p.getContact_FirstName(), UiIds.CONTACT_FIRST_NAME);
		fields.text(Messages.ContactDetails_middleName, p.getContact_MiddleName(), ContactIds.MIDDLE_NAME);
		fields.text(Messages.ContactDetails_lastName, p.getContact_LastName(), UiIds.CONTACT_LAST_NAME);
		fields.text(Messages.ContactDetails_prefix, p.getContact_Prefix(), ContactIds.PREFIX);
		fields.text(Messages.ContactDetails_suffix, p.getContact_Suffix(), ContactIds.SUFFIX);
		fields.text(Messages.ContactDetails_nickname, p.getContact_Nickname(), ContactIds.NICKNAME);
		fields.text(Messages.ContactDetails_organization, p.getContact_Organization(), UiIds.CONTACT_ORGANIZATION);
		fields.text(Messages.ContactDetails_organizationUnit, p.getContact_OrganizationUnit(), ContactIds.ORGANIZATION_UNIT);
		fields.text(Messages.ContactDetails_position, p.getContact_Position(), UiIds.CONTACT_POSITION);
		fields.partialDate(Messages.ContactDetails_birthday, p.getContact_Birthday(), ContactIds.BIRTHDAY);
		new PhotoField(fields, getEditor());

		fields.heading(Messages.ContactDetails_groupReach);
		Column type = Column.choice(Messages.ContactDetails_columnType, p.getTypedEntry_Type(), 75);
		Column label = Column.text(Messages.ContactDetails_columnLabel, p.getTypedEntry_Label(), 70);
		Column preferred = Column.preferred(Messages.ContactDetails_columnPreferred, p.getTypedEntry_Preferred());
		fields.entries(Messages.ContactDetails_emails, p.getContact_EmailAddresses(), UiIds.CONTACT_EMAILS,
				List.of(Column.text(Messages.ContactDetails_columnEmail, p.getEmailAddress_Address(), 200), type, label,
						preferred));
		fields.entries(Messages.ContactDetails_phones, p.getContact_PhoneNumbers(), UiIds.CONTACT_PHONES,
				List.of(Column.text(Messages.ContactDetails_columnPhone, p.getPhoneNumber_Number(), 160), type, label,
						preferred));
		fields.entries(Messages.ContactDetails_profileUrls, p.getContact_WebAddresses(), ContactIds.PROFILE_URLS,
				List.of(Column.text(Messages.ContactDetails_columnUrl, p.getWebAddress_Url(), 240), type, label, preferred));
		fields.entries(Messages.ContactDetails_addresses, p.getContact_PostalAddresses(), UiIds.CONTACT_LOCATION,
				List.of(Column.text(Messages.ContactDetails_columnStreet, p.getPostalAddress_Street(), 140),
						Column.text(Messages.ContactDetails_columnCity, p.getPostalAddress_City(), 100),
						Column.text(Messages.ContactDetails_columnRegion, p.getPostalAddress_Region(), 60),
						Column.text(Messages.ContactDetails_columnPostalCode, p.getPostalAddress_PostalCode(), 70),
						Column.text(Messages.ContactDetails_columnCountry, p.getPostalAddress_Country(), 90), type, label,
						preferred));
		fields.links(Messages.ContactDetails_reach, ContactIds.REACH, c -> reachMarkup((Contact) c), (c, href) -> Reach.open(
				switch (href) {
				case HREF_EMAIL -> Reach.mailto(Reach.emails(List.of((Contact) c)));
				case HREF_CALL -> Reach.tel((Contact) c);
				default -> Reach.profile((Contact) c);
				}));

		fields.heading(Messages.ContactDetails_groupRelationship);
		fields.choice(Messages.ContactDetails_tier, p.getContact_Tier(), UiIds.CONTACT_TIER);
		fields.choice(Messages.ContactDetails_status, p.getContact_Status(), ContactIds.STATUS);
		fields.number(Messages.ContactDetails_cadence, p.getContact_CadenceDays(), ContactIds.CADENCE);
		fields.derived(Messages.ContactDetails_effectiveCadence, ContactIds.EFFECTIVE_CADENCE,
				c -> cadenceText((Contact) c));
		fields.references(Messages.ContactDetails_audiences, p.getContact_Audiences(), ContactIds.AUDIENCES,
				() -> plan().getAudiences(), getEditor()::select);
		fields.list(Messages.ContactDetails_tags, p.getContact_Tags(), ContactIds.TAGS);
		fields.list(Messages.ContactDetails_sharedInterests, p.getContact_SharedInterests(), ContactIds.SHARED_INTERESTS);
		fields.list(Messages.ContactDetails_sharedValues, p.getContact_SharedValues(), ContactIds.SHARED_VALUES);
		fields.entries(Messages.ContactDetails_relationships, p.getContact_Relationships(), ContactIds.RELATIONSHIPS,
				List.of(Column.text(Messages.ContactDetails_columnRelation, p.getRelationship_Label(), 110),
						Column.reference(Messages.ContactDetails_columnContact, p.getRelationship_Contact(), 170,
								() -> plan().getContacts()),
						Column.text(Messages.ContactDetails_columnName, p.getRelationship_Name(), 140)));
		fields.entries(Messages.ContactDetails_importantDates, p.getContact_ImportantDates(), ContactIds.IMPORTANT_DATES,
				List.of(Column.text(Messages.ContactDetails_columnOccasion, p.getImportantDate_Label(), 140),
						Column.parsed(Messages.ContactDetails_columnDate, p.getImportantDate_Date(), 110, PartialDate::parse)));

		fields.heading(Messages.ContactDetails_groupOrigin);
		fields.text(Messages.ContactDetails_howMet, p.getContact_HowMet(), ContactIds.HOW_MET);
		fields.reference(Messages.ContactDetails_metAt, p.getContact_MetAt(), ContactIds.MET_AT,
				() -> plan().getOpportunities());
		fields.chosenReference(Messages.ContactDetails_introducedBy, p.getContact_IntroducedBy(), ContactIds.INTRODUCED_BY,
				() -> plan().getContacts());
		fields.derivedIfSet(Messages.ContactDetails_provenance, ContactIds.PROVENANCE,
				c -> ((Contact) c).getProvenance());
		fields.multiLineText(Messages.ContactDetails_notes, p.getContact_Notes(), UiIds.CONTACT_NOTES, 4);

		fields.heading(Messages.ContactDetails_groupActivity);
		fields.derived(Messages.ContactDetails_lastContact, UiIds.CONTACT_LAST_CONTACT,
				c -> lastContactText((Contact) c));
		fields.derived(Messages.ContactDetails_balance, ContactIds.BALANCE, c -> balanceText((Contact) c));
		fields.derived(Messages.ContactDetails_overdue, ContactIds.OVERDUE, c -> {
			String overdue = OverdueText.tooltip((Contact) c);
			return overdue == null ? Messages.ContactDetails_overdueNone : overdue;
		});
	}

	private static final String HREF_EMAIL = "email"; //$NON-NLS-1$
	private static final String HREF_CALL = "call"; //$NON-NLS-1$
	private static final String HREF_PROFILE = "profile"; //$NON-NLS-1$

	/** "Write an email   Call   Open profile", each only when the contact has the address for it. */
	static String reachMarkup(Contact contact) {
		List<String> links = new java.util.ArrayList<>();
		if (!Reach.emails(List.of(contact)).isEmpty()) {
			links.add(link(HREF_EMAIL, Messages.ContactDetails_reachEmail));
		}
		if (Reach.tel(contact) != null) {
			links.add(link(HREF_CALL, Messages.ContactDetails_reachCall));
		}
		if (Reach.profile(contact) != null) {
			links.add(link(HREF_PROFILE, Messages.ContactDetails_reachProfile));
		}
		return links.isEmpty() ? Messages.ContactDetails_reachNone : String.join("    ", links); //$NON-NLS-1$
	}

	private static String link(String href, String text) {
		return "<a href=\"" + href + "\">" + text + "</a>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private NetworkingPlan plan() {
		return getEditor().getPlan();
	}

	static String cadenceText(Contact contact) {
		int days = FollowUpPreferences.current().cadenceOf(contact);
		return contact.getCadenceDays() > 0 ? NLS.bind(Messages.ContactDetails_effectiveCadenceOwn, days)
				: NLS.bind(Messages.ContactDetails_effectiveCadenceTier, days,
						contact.getTier() == null ? "" : RapportLabels.literal(contact.getTier())); //$NON-NLS-1$
	}

	static String lastContactText(Contact contact) {
		int days = contact.getDaysSinceContact();
		if (days < 0) {
			return Messages.ContactDetails_neverContacted;
		}
		String date = RapportLabels.date(contact.getLastContact());
		return switch (days) {
		case 0 -> NLS.bind(Messages.ContactDetails_lastContactToday, date);
		case 1 -> NLS.bind(Messages.ContactDetails_lastContactYesterday, date);
		default -> NLS.bind(Messages.ContactDetails_lastContactDays, date, days);
		};
	}

	static String balanceText(Contact contact) {
		int balance = contact.getGiveTakeBalance();
		if (balance == 0) {
			return Messages.ContactDetails_balanceEven;
		}
		return balance > 0 ? NLS.bind(Messages.ContactDetails_balanceGiven, balance)
				: NLS.bind(Messages.ContactDetails_balanceReceived, -balance);
	}
}
