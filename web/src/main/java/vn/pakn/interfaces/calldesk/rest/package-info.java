/**
 * The call desk API under {@code /api/calldesk} for operators: the Server-Sent Events stream of screen pops
 * ({@code GET /api/calldesk/events}, each operator receives only the pops of calls answered at their own
 * extension), the callback tasks ({@code /api/calldesk/callbacks}), a call with the reports taken during it, and the
 * hotline's connection status, "call this caller back" and the operator's break ({@code /api/calldesk/break}, an
 * AMI QueuePause). The hotline KPIs are under {@code /api/statistics/hotline}.
 */
package vn.pakn.interfaces.calldesk.rest;
