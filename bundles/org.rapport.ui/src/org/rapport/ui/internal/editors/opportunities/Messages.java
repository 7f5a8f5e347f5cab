/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.internal.editors.opportunities;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rapport.ui.internal.editors.opportunities.messages"; //$NON-NLS-1$

	public static String OpportunitiesPage_listEmpty;
	public static String OpportunitiesPage_tab;
	public static String OpportunitiesPage_title;
	public static String OpportunitiesPage_pipeline;
	public static String OpportunitiesPage_pipelineEmpty;
	public static String OpportunitiesPage_pipelineTip;
	public static String OpportunitiesPage_list;
	public static String OpportunitiesPage_listDescription;
	public static String OpportunitiesPage_filterHint;
	public static String OpportunitiesPage_show;
	public static String OpportunitiesPage_showAll;
	public static String OpportunitiesPage_showOnline;
	public static String OpportunitiesPage_showOffline;
	public static String OpportunitiesPage_nextStage;
	public static String OpportunitiesPage_nextStageTip;
	public static String OpportunitiesPage_columnName;
	public static String OpportunitiesPage_columnStage;
	public static String OpportunitiesPage_columnKind;
	public static String OpportunitiesPage_columnWhere;
	public static String OpportunitiesPage_columnDate;
	public static String OpportunitiesPage_online;
	public static String OpportunitiesPage_offline;
	public static String OpportunitiesPage_newOpportunity;
	public static String Pipeline_moveToNextStage;
	public static String Details_title;
	public static String Details_name;
	public static String Details_kind;
	public static String Details_status;
	public static String Details_online;
	public static String Details_date;
	public static String Details_place;
	public static String Details_url;
	public static String Details_effort;
	public static String Details_goals;
	public static String Details_audiences;
	public static String Details_contactsMet;
	public static String Details_notes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
