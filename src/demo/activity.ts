/**
 * @module The demo's vocabulary: one function per thing a person can do, each writing the record the right system
 * exports. Ordinary days and planted incidents are both told with these, so an incident looks like any other day.
 */

import { formatLocal, isoLocal } from './clock.js';
import type { Employee } from './company.js';
import type { Exports } from './exports.js';
import { area as areaOf, garageClockSkewSeconds } from './sites.js';
import type { RecordRef } from './source-file.js';

export interface Attachment {
  name: string;
  size: number;
  sha256: string;
  /** The text the gateway's content inspection extracted, for the documents it reads. */
  text?: string;
}

/** A mail as the gateway sees it. */
export interface MailMessage {
  direction: 'outbound' | 'inbound' | 'internal';
  from: string;
  to: readonly string[];
  cc?: readonly string[];
  bcc?: readonly string[];
  subject: string;
  size: number;
  attachments?: readonly Attachment[];
}

export class Activity {
  constructor(private readonly exports: Exports) {}

  /** A badge swipe at a door of an area, in the export of the area's site. */
  badge(
    person: Employee,
    time: number,
    areaId: string,
    door: string,
    direction: 'in' | 'out',
    granted = true,
    repeat = false,
  ): RecordRef {
    const site = areaOf(areaId).site;
    if (site === 'shenzhen') {
      return this.exports.badgeShenzhen.add(
        time,
        (id) => [
          id,
          formatLocal(time, 'yyyy/MM/dd HH:mm:ss'),
          person.id,
          person.name.zh,
          door,
          direction === 'in' ? '进' : '出',
          granted ? '成功' : '失败',
        ],
        { repeat },
      );
    }
    return this.exports.badgeBeijing.add(
      time,
      (id) => [
        id,
        isoLocal(time),
        person.badge,
        person.id,
        person.name.en,
        door,
        direction.toUpperCase(),
        granted ? 'Granted' : 'Denied',
      ],
      { repeat },
    );
  }

  /** An asset register entry: a check-out or check-in with its approver, or a gate pass for an item. */
  asset(
    person: Employee,
    time: number,
    type: '借出' | '归还' | '放行',
    asset: { id: string; name: string },
    areaId: string,
    approver: Employee | undefined,
    registered = true,
  ): RecordRef {
    return this.exports.assetRegister.add(time, (id) => [
      id,
      type,
      formatLocal(time, 'yyyy-MM-dd HH:mm'),
      person.id,
      asset.id,
      asset.name,
      areaId,
      approver?.id ?? '',
      registered ? '是' : '否',
    ]);
  }

  /** A garage camera sighting. The cameras' clocks run fast, so the time written is late by the skew. */
  sighting(
    time: number,
    camera: string,
    plate: string,
    confidence: number,
    direction: 'in' | 'out',
    vehicle: string,
    face?: { person: Employee; confidence: number },
  ): RecordRef {
    const written = time + garageClockSkewSeconds * 1000;
    return this.exports.garage.add(time, (id) => ({
      snapshot_id: id,
      camera,
      captured_at: formatLocal(written, 'yyyy-MM-dd HH:mm:ss'),
      plate,
      plate_confidence: Math.round(confidence * 100) / 100,
      direction,
      vehicle,
      face_match: face?.person.id ?? null,
      face_confidence: face ? Math.round(face.confidence * 100) / 100 : null,
    }));
  }

  /** The lab door camera matches a face to the staff directory, whoever's badge opened the door. */
  face(person: Employee, time: number, confidence: number): RecordRef {
    return this.exports.doorCamera.add(time, (id) => ({
      event_id: id,
      camera: 'N5-DOOR-CAM',
      door: 'N5实验室门',
      time: formatLocal(time, 'yyyy-MM-dd HH:mm:ss'),
      person_id: person.id,
      person_name: person.name.zh,
      face_confidence: Math.round(confidence * 100) / 100,
    }));
  }

  /** Walking into lab N5: the badge opens the door and the door camera sees the face. */
  enterLab(person: Employee, time: number): RecordRef {
    this.face(person, time + 2_000, 0.93);
    return this.badge(person, time, 'SZ-N5', 'N5实验室门', 'in');
  }

  /** A public post the brand-monitoring service found (forums, Weibo, tech sites). */
  post(time: number, post: { platform: string; url: string; author: string; text: string }): RecordRef {
    return this.exports.publicPosts.add(time, (id) => ({
      post_id: id,
      platform: post.platform,
      url: post.url,
      author: post.author,
      published_at: isoLocal(time),
      text: post.text,
    }));
  }

  visitor(
    time: number,
    type: '到访' | '离开',
    visitor: { name: string; company: string; idTail: string; plate?: string },
    host: Employee,
    purpose: string,
  ): RecordRef {
    return this.exports.visitors.add(time, (id) => [
      id,
      formatLocal(time, 'yyyy-MM-dd HH:mm:ss'),
      type,
      visitor.name,
      visitor.company,
      visitor.idTail,
      host.id,
      visitor.plate ?? '',
      purpose,
    ]);
  }

  /** A mail as the gateway logs it, in the mailbox of `mailbox` (the sender, or the internal recipient of inbound mail). */
  mail(time: number, mailbox: string, message: MailMessage): RecordRef {
    return this.exports.mail.add(time, (id) => ({
      message_id: id,
      timestamp: isoLocal(time),
      mailbox,
      direction: message.direction,
      from: message.from,
      to: message.to,
      cc: message.cc ?? [],
      bcc: message.bcc ?? [],
      subject: message.subject,
      size: message.size,
      attachments: message.attachments ?? [],
    }));
  }

  /** A chat message as the WeCom archive keeps it, in the archive of `owner` (an employee). */
  chat(
    time: number,
    owner: Employee,
    conversation: { id: string; name: string; participants: readonly string[] },
    from: { id: string; name: string },
    text: string,
    language: 'zh' | 'en',
  ): RecordRef {
    return this.exports.chat.add(time, (id) => ({
      msgid: id,
      msgtime: Math.round(time),
      archive_owner: owner.id,
      roomid: conversation.id,
      room_name: conversation.name,
      tolist: conversation.participants,
      from: from.id,
      from_name: from.name,
      lang: language,
      content: text,
    }));
  }

  logon(person: Employee, time: number, event: 'Logon' | 'Logoff', ip: string): RecordRef {
    return this.exports.logon.add(time, (id) => [
      id,
      isoLocal(time),
      `LUMEN\\${person.id}`,
      person.host,
      event,
      ip,
    ]);
  }

  usb(
    person: Employee,
    time: number,
    event: 'Connect' | 'Disconnect',
    device: { id: string; model: string },
  ): RecordRef {
    return this.exports.usb.add(time, (id) => [
      id,
      isoLocal(time),
      `LUMEN\\${person.id}`,
      person.host,
      event,
      device.id,
      device.model,
    ]);
  }

  file(
    person: Employee,
    time: number,
    operation: 'Open' | 'Write' | 'Copy' | 'Delete',
    path: string,
    size: number,
    sha256: string,
    toRemovable = false,
  ): RecordRef {
    return this.exports.file.add(time, (id) => [
      id,
      isoLocal(time),
      `LUMEN\\${person.id}`,
      person.host,
      operation,
      path,
      String(size),
      sha256,
      toRemovable ? 'True' : 'False',
    ]);
  }

  web(
    person: Employee,
    time: number,
    ip: string,
    method: 'GET' | 'POST',
    url: string,
    bytesOut: number,
    category: string,
    action: 'visit' | 'upload' | 'download',
  ): RecordRef {
    return this.exports.web.add(time, (id) => [
      id,
      isoLocal(time),
      `LUMEN\\${person.id}`,
      ip,
      method,
      url,
      String(bytesOut),
      category,
      action,
    ]);
  }

  hrChange(
    time: number,
    person: Employee,
    type: '入职' | '调岗' | '晋升' | '离职申请' | '离职' | '休假',
    detail: { department?: string; role?: string; note?: string; until?: string },
  ): RecordRef {
    return this.exports.hrChanges.add(time, (id) => [
      id,
      formatLocal(time, 'yyyy-MM-dd'),
      person.id,
      type,
      detail.department ?? person.department.id,
      detail.role ?? person.role.zh,
      detail.note ?? '',
      detail.until ?? '',
    ]);
  }

  discipline(time: number, person: Employee, reason: string, sanction: string, fine: number): RecordRef {
    return this.exports.discipline.add(time, (id) => [
      id,
      formatLocal(time, 'yyyy-MM-dd'),
      person.id,
      reason,
      sanction,
      fine ? String(fine) : '',
    ]);
  }
}
