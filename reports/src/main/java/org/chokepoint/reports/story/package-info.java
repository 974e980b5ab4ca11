/**
 * Stories: one per real-world event. {@link org.chokepoint.reports.story.EventReader} reads each report's event (date,
 * action, actor) from its lead; {@link org.chokepoint.reports.story.StoryClusterer} groups reprints and reports of one
 * event and keeps different events apart; {@link org.chokepoint.reports.story.Consolidator} merges equivalent claims
 * within a story and across stories; {@link org.chokepoint.reports.story.StoryIds} makes ids from events.
 */
package org.chokepoint.reports.story;
