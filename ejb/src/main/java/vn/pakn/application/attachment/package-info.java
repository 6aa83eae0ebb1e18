/**
 * Attachments as use cases: {@link vn.pakn.application.attachment.Attachments} takes a report or an answer in
 * together with its files (all checked before anything is written, all written in one transaction), stores an
 * e-mail's attachments on the report or case it became, and hands files out to the staff who may see the case
 * and to anyone with the tracking code once the answer they belong to is published.
 */
package vn.pakn.application.attachment;
