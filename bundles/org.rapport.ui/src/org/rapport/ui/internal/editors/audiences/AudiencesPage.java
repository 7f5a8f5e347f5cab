/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.audiences;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.rapport.model.Audience;
import org.rapport.model.CommunicationStrategy;
import org.rapport.model.RapportPackage;
import org.rapport.model.edit.provider.RapportLabels;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.forms.ElementColumn;
import org.rapport.ui.internal.forms.ElementListPart;
import org.rapport.ui.internal.forms.MasterDetailsFormPage;

/**
 * Audiences and communication: the groups of people the plan targets, their members, and for each the
 * communication strategy (channels, key messages, value offered, tone, cadence). A communication strategy is
 * shown with its audience.
 */
public final class AudiencesPage extends MasterDetailsFormPage {

	public static final String ID = "audiences"; //$NON-NLS-1$

	public AudiencesPage(PlanEditor editor) {
		super(editor, ID, Messages.AudiencesPage_tab, RapportPackage.Literals.AUDIENCE);
	}

	@Override
	protected String getHeading() {
		return Messages.AudiencesPage_title;
	}

	@Override
	protected void createLists(Composite parent, FormToolkit toolkit) {
		addList(new ElementListPart<>(this, parent, toolkit, Messages.AudiencesPage_audiences,
				Messages.AudiencesPage_audiencesDescription, RapportPackage.Literals.NETWORKING_PLAN__AUDIENCES,
				Audience.class, AudienceIds.AUDIENCES)
				.emptyHint(Messages.AudiencesPage_audiencesEmpty)
				.withFilter(Messages.AudiencesPage_filterHint)
				.column(ElementColumn.of(Messages.AudiencesPage_columnName, 150, Audience::getName))
				.column(ElementColumn.of(Messages.AudiencesPage_columnMembers, 70,
						a -> String.valueOf(a.getMembers().size()), Comparator.comparingInt(a -> a.getMembers().size()),
						true))
				.column(ElementColumn.of(Messages.AudiencesPage_columnChannels, 160, AudiencesPage::channels))
				.column(ElementColumn.of(Messages.AudiencesPage_columnCadence, 70, AudiencesPage::cadence,
						Comparator.comparingInt(AudiencesPage::cadenceDays), true))
				.initializer(a -> a.setName(Messages.AudiencesPage_newAudience)));
	}

	@Override
	protected void createDetails() {
		registerDetails(RapportPackage.Literals.AUDIENCE, new AudienceDetails(getEditor()));
	}

	/** A communication strategy is shown with the audience it belongs to. */
	@Override
	public boolean canShow(EObject object) {
		return super.canShow(object) || object instanceof CommunicationStrategy;
	}

	@Override
	public boolean show(EObject object) {
		return super.show(object instanceof CommunicationStrategy strategy ? strategy.eContainer() : object);
	}

	static String channels(Audience audience) {
		CommunicationStrategy strategy = audience.getCommunication();
		return strategy == null ? "" //$NON-NLS-1$
				: strategy.getChannels().stream().map(RapportLabels::literal).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String cadence(Audience audience) {
		int days = cadenceDays(audience);
		return days > 0 ? NLS.bind(Messages.AudiencesPage_cadence, days) : ""; //$NON-NLS-1$
	}

	private static int cadenceDays(Audience audience) {
		return audience.getCommunication() == null ? 0 : audience.getCommunication().getCadenceDays();
	}
}
