<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {product}</source>
        <translation>เกี่ยวกับ {product}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>ปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <source>Creates Omise test card tokens for manual checkout testing. Only public test keys (pkey_test_…) are accepted; full card numbers and security codes are never written anywhere.</source>
        <translation>สร้างโทเค็นบัตรทดสอบของ Omise สำหรับทดสอบหน้าชำระเงิน (checkout) ด้วยตนเอง รับเฉพาะคีย์สาธารณะสำหรับทดสอบ (pkey_test_…) และไม่มีการบันทึกหมายเลขบัตรเต็มหรือรหัสความปลอดภัย (CVV) ไว้ที่ใดเลย</translation>
    </message>
    <message>
        <source>Test-card catalog {version}</source>
        <translation>รายการบัตรทดสอบ {version}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>Warning (Omise Token API)</source>
        <translation>คำเตือน (Omise Token API)</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Ask the vault every few seconds about tokens whose charge is not final yet</source>
        <translation>ถาม vault ทุกไม่กี่วินาทีเกี่ยวกับโทเค็นที่การเรียกเก็บเงินยังไม่ได้ผลสุดท้าย</translation>
    </message>
    <message>
        <source>Billing address, first line (optional)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน บรรทัดแรก (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address, second line (optional)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน บรรทัดที่สอง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: city (optional)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน: เมือง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: country, as a two-letter code (type to search)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน: ประเทศ เป็นรหัสสองตัวอักษร (พิมพ์เพื่อค้นหา)</translation>
    </message>
    <message>
        <source>Billing address: postal code (optional)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน: รหัสไปรษณีย์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: state or province (optional)</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงิน: รัฐหรือจังหวัด (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Cancel the token being created</source>
        <translation>ยกเลิกการสร้างโทเค็นที่กำลังทำอยู่</translation>
    </message>
    <message>
        <source>Copy each new token id to the clipboard as it is created</source>
        <translation>คัดลอก id ของโทเค็นใหม่ไปยังคลิปบอร์ดทันทีที่สร้าง</translation>
    </message>
    <message>
        <source>Copy the token id shown here</source>
        <translation>คัดลอก id ของโทเค็นที่แสดงอยู่นี้</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Every token created; arrows move, {keys} opens the row menu, Tab leaves the table</source>
        <translation>โทเค็นทุกรายการที่สร้าง; ใช้ลูกศรเลื่อน, {keys} เปิดเมนูของแถว, Tab ออกจากตาราง</translation>
    </message>
    <message>
        <source>Open Settings to fix the profile (key, vault URL)</source>
        <translation>เปิดการตั้งค่าเพื่อแก้โปรไฟล์ (คีย์, URL ของ vault)</translation>
    </message>
    <message>
        <source>Send the same card again</source>
        <translation>ส่งบัตรเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>Show all tokens, only unused ones, or only used ones</source>
        <translation>แสดงโทเค็นทั้งหมด เฉพาะที่ยังไม่ใช้ หรือเฉพาะที่ใช้แล้ว</translation>
    </message>
    <message>
        <source>Show only the tokens whose visible text has every word typed here ({keys})</source>
        <translation>แสดงเฉพาะโทเค็นที่ข้อความที่เห็นมีทุกคำที่พิมพ์ไว้ที่นี่ ({keys})</translation>
    </message>
    <message>
        <source>The card number: pick a test card, or type one (spaces are fine)</source>
        <translation>หมายเลขบัตร: เลือกบัตรทดสอบ หรือพิมพ์เอง (เว้นวรรคได้)</translation>
    </message>
    <message>
        <source>The cardholder&apos;s name, as on the card</source>
        <translation>ชื่อผู้ถือบัตร ตามที่พิมพ์บนบัตร</translation>
    </message>
    <message>
        <source>The cardholder&apos;s phone number (optional)</source>
        <translation>หมายเลขโทรศัพท์ของผู้ถือบัตร (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>The expiry month, 1 to 12</source>
        <translation>เดือนหมดอายุ 1 ถึง 12</translation>
    </message>
    <message>
        <source>The expiry year, four digits; a past date is refused by the vault</source>
        <translation>ปีหมดอายุ ค.ศ. สี่หลัก; vault ไม่รับวันที่ที่ผ่านมาแล้ว</translation>
    </message>
    <message>
        <source>The security code (CVV / CVC) on the back of the card</source>
        <translation>รหัสความปลอดภัย (CVV / CVC) ด้านหลังบัตร</translation>
    </message>
    <message>
        <source>The vault&apos;s answer for the token shown above, as JSON</source>
        <translation>คำตอบของ vault สำหรับโทเค็นด้านบน ในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>{action} this window</source>
        <translation>{action}หน้าต่างนี้</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>(unprintable)</source>
        <translation>(แสดงไม่ได้)</translation>
    </message>
    <message>
        <source>Not a test token id: {id}.</source>
        <translation>ไม่ใช่ token id ของโหมดทดสอบ: {id}</translation>
    </message>
    <message>
        <source>The vault answered with something that is not a token.</source>
        <translation>vault ตอบกลับมาด้วยข้อมูลที่ไม่ใช่โทเค็น</translation>
    </message>
    <message>
        <source>The vault&apos;s answer has no valid token id.</source>
        <translation>คำตอบของ vault ไม่มี token id ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The vault&apos;s answer holds a number out of range.</source>
        <translation>คำตอบของ vault มีตัวเลขที่เกินขอบเขต</translation>
    </message>
    <message>
        <source>The vault&apos;s answer holds text that is not valid Unicode.</source>
        <translation>คำตอบของ vault มีข้อความที่ไม่ใช่ Unicode ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The vault&apos;s answer is larger than {size} bytes.</source>
        <translation>คำตอบของ vault ใหญ่เกิน {size} ไบต์</translation>
    </message>
    <message>
        <source>The vault&apos;s answer is nested too deeply.</source>
        <translation>คำตอบของ vault ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>The vault&apos;s answer names livemode twice. It was refused and not stored.</source>
        <translation>คำตอบของ vault ระบุ livemode สองครั้ง จึงถูกปฏิเสธและไม่ได้บันทึกไว้</translation>
    </message>
    <message>
        <source>The vault&apos;s answer repeats a field name; it was refused.</source>
        <translation>คำตอบของ vault มีชื่อฟิลด์ซ้ำกัน จึงถูกปฏิเสธ</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>Omise: {code}</source>
        <translation>Omise: {code}</translation>
    </message>
    <message>
        <source>app: {code}</source>
        <comment>the code of a failure this app named itself</comment>
        <translation>แอป: {code}</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>Omise Test Token Generator is already running for these folders: its window was brought to the front. (--new-instance starts another.)</source>
        <translation>Omise Test Token Generator เปิดอยู่แล้วสำหรับโฟลเดอร์เหล่านี้ จึงนำหน้าต่างเดิมขึ้นมาด้านหน้าแทน (ใช้ --new-instance เพื่อเปิดอีกหน้าต่าง)</translation>
    </message>
    <message>
        <source>another launch is stuck starting up</source>
        <translation>มีการเปิดแอปอีกครั้งที่ค้างอยู่ระหว่างเริ่มทำงาน</translation>
    </message>
    <message>
        <source>no single-window channel: {problem}</source>
        <translation>ใช้ช่องทางสำหรับเปิดหน้าต่างเดียวไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>หมายเหตุ: {notice}</translation>
    </message>
</context>
<context>
    <name>Attempts</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>การพยายามสร้าง %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them token(s)</source>
        <translation>
            <numerusform>เป็นโทเค็น %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the vault answered.</source>
        <translation>ยกเลิกก่อนที่ vault จะตอบกลับ</translation>
    </message>
    <message>
        <source>Nothing to clear ({which}): no attempt matches.</source>
        <translation>ไม่มีอะไรให้ลบ ({which}): ไม่มีการพยายามสร้างที่ตรงกัน</translation>
    </message>
    <message>
        <source>Removed {attempts} ({tokens}) from the history.</source>
        <translation>ลบ{attempts} ({tokens}) ออกจากประวัติแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>older than %n day(s)</source>
        <translation>
            <numerusform>เก่ากว่า %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>older than {moment}</source>
        <translation>เก่ากว่า {moment}</translation>
    </message>
    <message>
        <source>test case {tag}</source>
        <translation>กรณีทดสอบ {tag}</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>ประวัติทั้งหมด</translation>
    </message>
    <message>
        <source>{attempts} ({tokens}) will be removed from the history: {which}. This cannot be undone; the tokens stay on the vault.</source>
        <translation>จะลบ{attempts} ({tokens}) ออกจากประวัติ: {which} ย้อนกลับไม่ได้; โทเค็นยังคงอยู่ใน vault</translation>
    </message>
    <message>
        <source>{sentence} Fields: {fields}.</source>
        <translation>{sentence} ช่องที่มีปัญหา: {fields}</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source> tokens</source>
        <translation> โทเค็น</translation>
    </message>
    <message>
        <source>Batch done: {created} created, {failed} failed, {unknown} unknown (may exist on the vault; not sent again), {not_run} not run. The history shows its attempts.</source>
        <translation>ชุดเสร็จแล้ว: สร้างแล้ว {created} ไม่สำเร็จ {failed} ไม่ทราบผล {unknown} (อาจมีอยู่ใน vault แล้ว จึงไม่ส่งซ้ำ) ไม่ได้เริ่ม {not_run} ดูความพยายามทั้งหมดได้ในประวัติ</translation>
    </message>
    <message>
        <source>Batch in progress</source>
        <translation>กำลังสร้างเป็นชุด</translation>
    </message>
    <message>
        <source>Cancel &amp;batch</source>
        <translation>ยกเลิกชุด (&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>ยกเลิกการสร้างเป็นชุด</translation>
    </message>
    <message>
        <source>Create &amp;several:</source>
        <translation>สร้างหลายโทเค็น (&amp;S):</translation>
    </message>
    <message>
        <source>Create several tokens</source>
        <translation>สร้างหลายโทเค็น</translation>
    </message>
    <message>
        <source>Create this many tokens of the form&apos;s card in one batch, several at once, as fast as the profile&apos;s rate limit allows</source>
        <translation>สร้างโทเค็นของบัตรในฟอร์มตามจำนวนนี้เป็นชุดเดียว หลายโทเค็นพร้อมกัน เร็วเท่าที่ขีดจำกัดอัตราของโปรไฟล์อนุญาต</translation>
    </message>
    <message>
        <source>Creating {count} tokens…</source>
        <translation>กำลังสร้าง {count} โทเค็น…</translation>
    </message>
    <message>
        <source>How many tokens</source>
        <translation>จำนวนโทเค็น</translation>
    </message>
    <message>
        <source>How many tokens Create several makes (2-{max})</source>
        <translation>จำนวนโทเค็นที่ สร้างหลายโทเค็น จะสร้าง (2-{max})</translation>
    </message>
    <message>
        <source>One token per scenario: pinned cards ({count})</source>
        <translation>สถานการณ์ทดสอบละหนึ่งโทเค็น: บัตรที่ปักหมุด ({count})</translation>
    </message>
    <message>
        <source>One token per scenario: the cards shown ({count})</source>
        <translation>สถานการณ์ทดสอบละหนึ่งโทเค็น: บัตรที่แสดงอยู่ ({count})</translation>
    </message>
    <message>
        <source>One token per scenario: {group} ({count})</source>
        <translation>สถานการณ์ทดสอบละหนึ่งโทเค็น: {group} ({count})</translation>
    </message>
    <message>
        <source>Stop at once: the tokens created so far are kept, no other create is sent</source>
        <translation>หยุดทันที: เก็บโทเค็นที่สร้างแล้วไว้ และไม่ส่งการสร้างอื่นอีก</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>waiting {seconds} s for the vault (429)</source>
        <translation>รอ vault อีก {seconds} วินาที (429)</translation>
    </message>
    <message>
        <source>{done}/{total} · {created} created, {failed} failed, {unknown} unknown, {remaining} remaining · {rate}/s</source>
        <translation>{done}/{total} · สร้างแล้ว {created} ไม่สำเร็จ {failed} ไม่ทราบผล {unknown} เหลือ {remaining} · {rate}/วินาที</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>เหลืออีก {seconds} วินาที</translation>
    </message>
</context>
<context>
    <name>CardCheck</name>
    <message>
        <source>A {brand} number has {allowed} digits, not {count}.</source>
        <translation>หมายเลขบัตร {brand} มี {allowed} หลัก ไม่ใช่ {count} หลัก</translation>
    </message>
    <message>
        <source>A {brand} security code has {count} digits.</source>
        <translation>รหัสความปลอดภัยของ {brand} มี {count} หลัก</translation>
    </message>
    <message>
        <source>Brand not supported: no known card brand starts with these digits.</source>
        <translation>ไม่รองรับแบรนด์บัตรนี้: ไม่มีแบรนด์บัตรที่รู้จักขึ้นต้นด้วยตัวเลขเหล่านี้</translation>
    </message>
    <message>
        <source>Card number fails the Luhn check (a digit is probably mistyped).</source>
        <translation>หมายเลขบัตรไม่ผ่านการตรวจสอบ Luhn (น่าจะพิมพ์ตัวเลขผิดไปหนึ่งหลัก)</translation>
    </message>
    <message>
        <source>Card number is required.</source>
        <translation>ต้องกรอกหมายเลขบัตร</translation>
    </message>
    <message>
        <source>Card number may hold only digits, spaces and dashes.</source>
        <translation>หมายเลขบัตรใส่ได้เฉพาะตัวเลข ช่องว่าง และขีด (-)</translation>
    </message>
    <message>
        <source>Contains control characters (tabs, line breaks or NUL).</source>
        <translation>มีอักขระควบคุมปนอยู่ (แท็บ การขึ้นบรรทัดใหม่ หรือ NUL)</translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO 3166 code, like TH or US.</source>
        <translation>ประเทศต้องเป็นรหัส ISO 3166 สองตัวอักษร เช่น TH หรือ US</translation>
    </message>
    <message>
        <source>Expiry date is in the past.</source>
        <translation>วันหมดอายุผ่านมาแล้ว</translation>
    </message>
    <message>
        <source>Expiry month is required.</source>
        <translation>ต้องกรอกเดือนหมดอายุ</translation>
    </message>
    <message>
        <source>Expiry month must be between 1 and 12.</source>
        <translation>เดือนหมดอายุต้องอยู่ระหว่าง 1 ถึง 12</translation>
    </message>
    <message>
        <source>Expiry year is required.</source>
        <translation>ต้องกรอกปีหมดอายุ</translation>
    </message>
    <message>
        <source>Expiry year is too far in the future.</source>
        <translation>ปีหมดอายุไกลเกินไป</translation>
    </message>
    <message>
        <source>Expiry year must be 2 or 4 digits (27 or 2027).</source>
        <translation>ปีหมดอายุต้องเป็นตัวเลข 2 หรือ 4 หลัก ปี ค.ศ. (27 หรือ 2027)</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>ต้องกรอกชื่อบนบัตร</translation>
    </message>
    <message>
        <source>Security code has 3 or 4 digits.</source>
        <translation>รหัสความปลอดภัย (CVV) มี 3 หรือ 4 หลัก</translation>
    </message>
    <message>
        <source>Security code may hold only digits.</source>
        <translation>รหัสความปลอดภัย (CVV) ใส่ได้เฉพาะตัวเลข</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters.</source>
        <translation>ยาวเกินไป: ไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} หรือ {last}</translation>
    </message>
</context>
<context>
    <name>CardCopy</name>
    <message>
        <source>Copied the expiry {expiry}.</source>
        <translation>คัดลอกวันหมดอายุ {expiry} แล้ว</translation>
    </message>
    <message>
        <source>Copied the security code {code}.</source>
        <translation>คัดลอกรหัสความปลอดภัย {code} แล้ว</translation>
    </message>
    <message>
        <source>Copied the test card number {number}.</source>
        <translation>คัดลอกหมายเลขบัตรทดสอบ {number} แล้ว</translation>
    </message>
    <message>
        <source>Copied {number}, {expiry} and {code} (one per line).</source>
        <translation>คัดลอก {number}, {expiry} และ {code} แล้ว (บรรทัดละรายการ)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>คัดลอกทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;expiry</source>
        <translation>คัดลอกวันหมดอายุ (&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>คัดลอกหมายเลขบัตร (&amp;N)</translation>
    </message>
    <message>
        <source>Copy security &amp;code</source>
        <translation>คัดลอกรหัสความปลอดภัย (&amp;C)</translation>
    </message>
    <message>
        <source>Copy test card &amp;number</source>
        <translation>คัดลอกหมายเลขบัตรทดสอบ (&amp;N)</translation>
    </message>
    <message>
        <source>Copy the highlighted card&apos;s number, expiry or security code, or open its page</source>
        <translation>คัดลอกหมายเลขบัตร วันหมดอายุ หรือรหัสความปลอดภัยของบัตรที่เลือกอยู่ หรือเปิดหน้าเอกสารของบัตร</translation>
    </message>
    <message>
        <source>Copy the highlighted test card</source>
        <translation>คัดลอกบัตรทดสอบที่เลือกอยู่</translation>
    </message>
    <message>
        <source>Could not open {url}.</source>
        <translation>เปิด {url} ไม่ได้</translation>
    </message>
    <message>
        <source>No Omise page documents this card.</source>
        <translation>ไม่มีหน้าเอกสารของ Omise ที่ระบุบัตรนี้</translation>
    </message>
    <message>
        <source>Opened {url}.</source>
        <translation>เปิด {url} แล้ว</translation>
    </message>
    <message>
        <source>View &amp;documentation</source>
        <translation>ดูเอกสาร (&amp;D)</translation>
    </message>
</context>
<context>
    <name>CardFilters</name>
    <message>
        <source>3-D Secure only</source>
        <translation>เฉพาะ 3-D Secure</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>ทุกแบรนด์</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>ทุกผลลัพธ์</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>ตัวกรองแบรนด์</translation>
    </message>
    <message>
        <source>C&amp;lear search and filters</source>
        <translation>ล้างคำค้นและตัวกรอง (&amp;L)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Empty the search and show every brand and outcome</source>
        <translation>ล้างช่องค้นหาและแสดงทุกแบรนด์และทุกผลลัพธ์</translation>
    </message>
    <message>
        <source>No cards match these filters.</source>
        <translation>ไม่มีบัตรที่ตรงกับตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>No cards match “{text}” with these filters.</source>
        <translation>ไม่มีบัตรที่ตรงกับ “{text}” ด้วยตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>No cards match “{text}”.</source>
        <translation>ไม่มีบัตรที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>ตัวกรองผลลัพธ์</translation>
    </message>
    <message>
        <source>Show only the cards whose charge should succeed, those that should be declined (3-D Secure ones included), or the 3-D Secure ones</source>
        <translation>แสดงเฉพาะบัตรที่การเรียกเก็บเงินควรสำเร็จ บัตรที่ควรถูกปฏิเสธ (รวมบัตร 3-D Secure) หรือเฉพาะบัตร 3-D Secure</translation>
    </message>
    <message>
        <source>Show only the test cards of one brand</source>
        <translation>แสดงเฉพาะบัตรทดสอบของแบรนด์เดียว</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>สำเร็จ</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>มีปัญหา %n จุด</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Billing address and phone</source>
        <translation>ที่อยู่สำหรับเรียกเก็บเงินและโทรศัพท์ (&amp;B)</translation>
    </message>
    <message>
        <source>(empty: pick a test card or type a number)</source>
        <translation>(ว่าง: เลือกบัตรทดสอบ หรือพิมพ์หมายเลข)</translation>
    </message>
    <message>
        <source>(empty: type the name on the card)</source>
        <translation>(ว่าง: พิมพ์ชื่อบนบัตร)</translation>
    </message>
    <message>
        <source>CVV / CVC</source>
        <translation>CVV 3–4 หลัก</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>หมายเลขบัตร</translation>
    </message>
    <message>
        <source>Cardholder name</source>
        <translation>ชื่อบนบัตร</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>เดือนหมดอายุ</translation>
    </message>
    <message>
        <source>Expiry month / year *</source>
        <translation>วันหมดอายุ (เดือน / ปี) *</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>ปีหมดอายุ</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>ดด</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>รหัสความปลอดภัย</translation>
    </message>
    <message>
        <source>State</source>
        <translation>รัฐ / จังหวัด</translation>
    </message>
    <message>
        <source>Street 1</source>
        <translation>ที่อยู่ บรรทัด 1</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>ที่อยู่ บรรทัด 2</translation>
    </message>
    <message>
        <source>TH</source>
        <comment>the country field&apos;s placeholder: a sample code</comment>
        <translation>เช่น TH</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ปปปป (ค.ศ.)</translation>
    </message>
    <message>
        <source>unknown brand</source>
        <translation>แบรนด์ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>{brand} test card · {scenario} · expected charge: {expected} · source {source}</source>
        <translation>บัตรทดสอบ {brand} · {scenario} · การเรียกเก็บเงินที่ควรเป็น: {expected} · แหล่งที่มา {source}</translation>
    </message>
    <message>
        <source>{brand} · not a catalog test card (charge should succeed if it passes Luhn)</source>
        <translation>{brand} · ไม่ใช่บัตรทดสอบในรายการบัตรทดสอบ (ถ้าผ่าน Luhn การเรียกเก็บเงินควรสำเร็จ)</translation>
    </message>
    <message>
        <source>{field} *</source>
        <comment>a required field&apos;s label</comment>
        <translation>{field} *</translation>
    </message>
</context>
<context>
    <name>CardPicker</name>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Charge: {should}
Check: {check}</source>
        <translation>การเรียกเก็บเงิน: {should}
สิ่งที่ต้องตรวจ: {check}</translation>
    </message>
    <message>
        <source>Click to pin this card to the top ({keys})</source>
        <translation>คลิกเพื่อปักหมุดบัตรนี้ไว้ด้านบน ({keys})</translation>
    </message>
    <message>
        <source>Expected charge</source>
        <translation>การเรียกเก็บเงินที่ควรเป็น</translation>
    </message>
    <message>
        <source>Forget the uses so far; the history keeps its tokens</source>
        <translation>ลืมการใช้งานที่ผ่านมา ประวัติยังเก็บโทเค็นไว้ครบ</translation>
    </message>
    <message>
        <source>Frequent  ({count})</source>
        <translation>ใช้บ่อย  ({count})</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>ปักหมุดไว้ด้านบน</translation>
    </message>
    <message>
        <source>Pinned  ({count})</source>
        <translation>ปักหมุด  ({count})</translation>
    </message>
    <message>
        <source>Pinned cards (click a star to pin or unpin)</source>
        <translation>บัตรที่ปักหมุด (คลิกดาวเพื่อปักหมุดหรือเลิกปักหมุด)</translation>
    </message>
    <message>
        <source>Pinned: click to unpin ({keys})</source>
        <translation>ปักหมุดแล้ว: คลิกเพื่อเลิกปักหมุด ({keys})</translation>
    </message>
    <message>
        <source>Reset ranking</source>
        <translation>รีเซ็ตการจัดอันดับ</translation>
    </message>
    <message>
        <source>Search cards…</source>
        <translation>ค้นหาบัตร…</translation>
    </message>
    <message>
        <source>Search test cards</source>
        <translation>ค้นหาบัตรทดสอบ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Test cards</source>
        <translation>บัตรทดสอบ</translation>
    </message>
    <message>
        <source>Test cards grouped by the charge they should give; the highlighted card fills the card form (arrows move, Enter picks, {pin} pins)</source>
        <translation>บัตรทดสอบจัดกลุ่มตามผลการเรียกเก็บเงินที่ควรเป็น บัตรที่ไฮไลต์จะกรอกลงฟอร์มบัตร (ลูกศรเลื่อน Enter เลือก {pin} ปักหมุด)</translation>
    </message>
    <message>
        <source>The cards you pinned; each stays in its group below too</source>
        <translation>บัตรที่คุณปักหมุดไว้ แต่ละใบยังอยู่ในกลุ่มของตัวเองด้านล่างด้วย</translation>
    </message>
    <message>
        <source>The cards you used most, recent use counting more (right-click: Reset ranking)</source>
        <translation>บัตรที่คุณใช้บ่อยที่สุด การใช้ล่าสุดมีน้ำหนักมากกว่า (คลิกขวา: รีเซ็ตการจัดอันดับ)</translation>
    </message>
    <message>
        <source>Type a brand, number or outcome to find test cards ({keys}); Down or Enter moves into the results</source>
        <translation>พิมพ์แบรนด์ หมายเลข หรือผลลัพธ์เพื่อค้นหาบัตรทดสอบ ({keys}); ลูกศรลงหรือ Enter เพื่อไปที่ผลการค้นหา</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>เลิกปักหมุด</translation>
    </message>
    <message>
        <source>What the highlighted card&apos;s charge should do</source>
        <translation>ผลที่การเรียกเก็บเงินของบัตรที่ไฮไลต์ควรเป็น</translation>
    </message>
    <message>
        <source>{scenario}  ({count})</source>
        <translation>{scenario}  ({count})</translation>
    </message>
    <message>
        <source>{scenario} ({brand} {number})</source>
        <translation>{scenario} ({brand} {number})</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>3-D Secure: cannot enroll</source>
        <translation>3-D Secure: ลงทะเบียนไม่ได้</translation>
    </message>
    <message>
        <source>3-D Secure: card cannot be enrolled; charge ends payment_rejected</source>
        <translation>3-D Secure: บัตรลงทะเบียนไม่ได้ การเรียกเก็บเงินจบที่ payment_rejected</translation>
    </message>
    <message>
        <source>3-D Secure: card fails validation; charge ends payment_rejected</source>
        <translation>3-D Secure: บัตรยืนยันตัวตนไม่ผ่าน การเรียกเก็บเงินจบที่ payment_rejected</translation>
    </message>
    <message>
        <source>3-D Secure: fails validation</source>
        <translation>3-D Secure: ยืนยันตัวตนไม่ผ่าน</translation>
    </message>
    <message>
        <source>Added or changed by your own test_cards.json</source>
        <translation>เพิ่มหรือแก้ไขโดยไฟล์ test_cards.json ของคุณ</translation>
    </message>
    <message>
        <source>Charge fails: card failed the fraud check</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: บัตรไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>Charge fails: card reported stolen or lost</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: บัตรถูกแจ้งว่าถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>Charge fails: insufficient funds</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ยอดเงินไม่เพียงพอ</translation>
    </message>
    <message>
        <source>Charge fails: invalid account number</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: หมายเลขบัญชีไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Charge fails: invalid security code</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: รหัสความปลอดภัยไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Charge fails: payment rejected by the issuer</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ผู้ออกบัตรปฏิเสธการชำระเงิน</translation>
    </message>
    <message>
        <source>Charge fails: processing error at the issuer</source>
        <translation>เรียกเก็บเงินไม่สำเร็จ: ผู้ออกบัตรประมวลผลผิดพลาด</translation>
    </message>
    <message>
        <source>Charge succeeds</source>
        <translation>เรียกเก็บเงินสำเร็จ</translation>
    </message>
    <message>
        <source>Corroborated: a 2025 charge recorded in Omise&apos;s PHP library (omise-php tests/fixtures/api.omise.co/charges-get.json) on a UnionPay card ending 0055 ended failed_fraud_check, &quot;failed fraud check&quot;. Not on Omise&apos;s testing page.</source>
        <translation>มีหลักฐานยืนยัน: การเรียกเก็บเงินปี 2025 ที่บันทึกไว้ในไลบรารี PHP ของ Omise (omise-php tests/fixtures/api.omise.co/charges-get.json) กับบัตร UnionPay ที่ลงท้ายด้วย 0055 จบด้วย failed_fraud_check, &quot;failed fraud check&quot; ไม่ได้อยู่ในหน้าการทดสอบของ Omise</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>น่าสงสัย</translation>
    </message>
    <message>
        <source>Doubtful: 2025 charges recorded in Omise&apos;s PHP library (omise-php test fixtures) on a Visa and a Mastercard card ending 0002 went through 3-D Secure and ended successful, not payment_rejected. The recordings keep only the last 4 digits: a warning, not proof.</source>
        <translation>น่าสงสัย: การเรียกเก็บเงินปี 2025 ที่บันทึกไว้ในไลบรารี PHP ของ Omise (ข้อมูลทดสอบของ omise-php) กับบัตร Visa และ Mastercard ที่ลงท้ายด้วย 0002 ผ่าน 3-D Secure และจบด้วย successful ไม่ใช่ payment_rejected บันทึกเก็บไว้เพียงเลข 4 หลักสุดท้าย จึงเป็นคำเตือน ไม่ใช่ข้อพิสูจน์</translation>
    </message>
    <message>
        <source>Failed fraud check</source>
        <translation>ไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>Failed processing</source>
        <translation>ประมวลผลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>From a 2017 third-party copy of Omise&apos;s testing page</source>
        <translation>มาจากสำเนาหน้าการทดสอบของ Omise โดยบุคคลที่สาม เมื่อปี 2017</translation>
    </message>
    <message>
        <source>From a 2017 third-party copy of Omise&apos;s testing page (the omise_test_cards Ruby gem); not confirmed on the page as it reads today.</source>
        <translation>มาจากสำเนาหน้าการทดสอบของ Omise โดยบุคคลที่สาม เมื่อปี 2017 (Ruby gem omise_test_cards) ยังไม่ได้ยืนยันกับหน้าดังกล่าวในปัจจุบัน</translation>
    </message>
    <message>
        <source>From a 2017 third-party copy of Omise&apos;s testing page; no official list of 3-D Secure test cards could be read. The outcome also depends on the account&apos;s 3-D Secure setting.</source>
        <translation>มาจากสำเนาหน้าการทดสอบของ Omise โดยบุคคลที่สาม เมื่อปี 2017 ไม่พบรายการบัตรทดสอบ 3-D Secure ทางการที่อ่านได้ ผลลัพธ์ยังขึ้นกับการตั้งค่า 3-D Secure ของบัญชีด้วย</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>ยอดเงินไม่เพียงพอ</translation>
    </message>
    <message>
        <source>Invalid account number</source>
        <translation>หมายเลขบัญชีไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Invalid security code</source>
        <translation>รหัสความปลอดภัยไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Listed in Omise&apos;s post on its new test cards (docs.omise.co); not in the readable part of the testing page.</source>
        <translation>อยู่ในบทความของ Omise เรื่องบัตรทดสอบใหม่ (docs.omise.co) ไม่พบในส่วนที่อ่านได้ของหน้าการทดสอบ</translation>
    </message>
    <message>
        <source>Listed in an Omise post on docs.omise.co, not on the testing page</source>
        <translation>อยู่ในบทความของ Omise บน docs.omise.co ไม่ได้อยู่ในหน้าการทดสอบ</translation>
    </message>
    <message>
        <source>Listed on Omise&apos;s testing page (docs.omise.co/api-testing)</source>
        <translation>อยู่ในหน้าการทดสอบของ Omise (docs.omise.co/api-testing)</translation>
    </message>
    <message>
        <source>Listed on Omise&apos;s testing page.</source>
        <translation>อยู่ในหน้าการทดสอบของ Omise</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>No citable source: this number appears only in an unidentified copy of the catalog; no Omise page or recorded charge shows it.</source>
        <translation>ไม่มีแหล่งที่อ้างอิงได้: หมายเลขนี้มีเฉพาะในสำเนารายการบัตรที่ไม่ทราบที่มา ไม่มีหน้าของ Omise หรือการเรียกเก็บเงินที่บันทึกไว้ที่แสดงหมายเลขนี้</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>ไม่มีแหล่งที่มา</translation>
    </message>
    <message>
        <source>Omise blog</source>
        <translation>บล็อกของ Omise</translation>
    </message>
    <message>
        <source>Omise docs</source>
        <translation>เอกสาร Omise</translation>
    </message>
    <message>
        <source>Only in an unidentified copy; no citable source</source>
        <translation>มีเฉพาะในสำเนาที่ไม่ทราบที่มา ไม่มีแหล่งที่อ้างอิงได้</translation>
    </message>
    <message>
        <source>Payment rejected</source>
        <translation>การชำระเงินถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>บันทึกจริง</translation>
    </message>
    <message>
        <source>Seen in a charge recorded from Omise&apos;s test API (an official SDK&apos;s test fixtures), not on an Omise page</source>
        <translation>พบในการเรียกเก็บเงินที่บันทึกจาก API ทดสอบของ Omise (ข้อมูลทดสอบของ SDK ทางการ) ไม่ได้อยู่ในหน้าของ Omise</translation>
    </message>
    <message>
        <source>Stolen or lost card</source>
        <translation>บัตรถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>Successful charge</source>
        <translation>เรียกเก็บเงินสำเร็จ</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>บุคคลที่สาม</translation>
    </message>
    <message>
        <source>Your file</source>
        <translation>ไฟล์ของคุณ</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <source>&quot;brand&quot; must be one of {brands}.</source>
        <translation>&quot;brand&quot; ต้องเป็นหนึ่งใน {brands}</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date like 2026-12-02.</source>
        <translation>&quot;checked&quot; ต้องเป็นวันที่ เช่น 2026-12-02</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be one of {values}.</source>
        <translation>&quot;confidence&quot; ต้องเป็นหนึ่งใน {values}</translation>
    </message>
    <message>
        <source>&quot;docs_url&quot; must be an https:// address of a web page, or null.</source>
        <translation>&quot;docs_url&quot; ต้องเป็นที่อยู่ https:// ของหน้าเว็บ หรือ null</translation>
    </message>
    <message>
        <source>&quot;expected_charge_status&quot; must be &quot;successful&quot; or &quot;failed&quot;.</source>
        <translation>&quot;expected_charge_status&quot; ต้องเป็น &quot;successful&quot; หรือ &quot;failed&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a text of a-z, 0-9, - and _ (like &quot;my-visa&quot;).</source>
        <translation>&quot;id&quot; ต้องเป็นข้อความที่มีเฉพาะ a-z, 0-9, - และ _ (เช่น &quot;my-visa&quot;)</translation>
    </message>
    <message>
        <source>&quot;number&quot; is a {found} number, not {brand}.</source>
        <translation>&quot;number&quot; เป็นหมายเลขบัตร {found} ไม่ใช่ {brand}</translation>
    </message>
    <message>
        <source>&quot;number&quot; must be a text.</source>
        <translation>&quot;number&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>&quot;number&quot;: {problem}</source>
        <translation>&quot;number&quot;: {problem}</translation>
    </message>
    <message>
        <source>&quot;scenario&quot; must be a scenario id with a label (add it to &quot;scenarios&quot;).</source>
        <translation>&quot;scenario&quot; ต้องเป็น id ของสถานการณ์ทดสอบที่มีชื่อ (เพิ่มไว้ใน &quot;scenarios&quot;)</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be one of {values}.</source>
        <translation>&quot;source&quot; ต้องเป็นหนึ่งใน {values}</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is longer than {count} characters.</source>
        <translation>&quot;{field}&quot; ยาวเกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a text.</source>
        <translation>&quot;{field}&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>Your catalog file {path} was not used; the shipped catalog is.</source>
        <translation>ไม่ได้ใช้ไฟล์รายการบัตรของคุณ {path} ใช้รายการบัตรที่มากับแอปแทน</translation>
    </message>
    <message>
        <source>a failed card needs &quot;expected_failure_code&quot;, like &quot;insufficient_fund&quot;.</source>
        <translation>บัตรที่เรียกเก็บเงินไม่สำเร็จต้องมี &quot;expected_failure_code&quot; เช่น &quot;insufficient_fund&quot;</translation>
    </message>
    <message>
        <source>a new card needs &quot;{field}&quot;.</source>
        <translation>บัตรใหม่ต้องมี &quot;{field}&quot;</translation>
    </message>
    <message>
        <source>a successful card has no &quot;expected_failure_code&quot; (use null).</source>
        <translation>บัตรที่เรียกเก็บเงินสำเร็จไม่มี &quot;expected_failure_code&quot; (ใช้ null)</translation>
    </message>
    <message>
        <source>an entry must be a JSON object.</source>
        <translation>แต่ละรายการต้องเป็น JSON object</translation>
    </message>
    <message>
        <source>this id is in the file twice.</source>
        <translation>id นี้อยู่ในไฟล์สองครั้ง</translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot;.</source>
        <translation>ไม่รู้จักฟิลด์ &quot;{field}&quot;</translation>
    </message>
    <message>
        <source>{path}, card {number}</source>
        <translation>{path}, บัตรที่ {number}</translation>
    </message>
    <message>
        <source>{path}, card {number} (id &quot;{id}&quot;)</source>
        <translation>{path}, บัตรที่ {number} (id &quot;{id}&quot;)</translation>
    </message>
    <message>
        <source>{path}: &quot;cards&quot; must be a list.</source>
        <translation>{path}: &quot;cards&quot; ต้องเป็นรายการ (list)</translation>
    </message>
    <message>
        <source>{path}: &quot;scenarios&quot; must map scenario ids (a-z, 0-9, _) to labels of at most {count} characters.</source>
        <translation>{path}: &quot;scenarios&quot; ต้องจับคู่ id ของสถานการณ์ทดสอบ (a-z, 0-9, _) กับชื่อที่ยาวไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>{path}: a link to a file that does not exist.</source>
        <translation>{path}: เป็นลิงก์ไปยังไฟล์ที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>{path}: a text holds a character that cannot be shown (U+{code}: a control character or half of a surrogate pair).</source>
        <translation>{path}: ข้อความมีอักขระที่แสดงไม่ได้ (U+{code}: อักขระควบคุม หรือครึ่งหนึ่งของคู่ surrogate)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path}: cards &quot;{first}&quot; and &quot;{second}&quot; have the same number.</source>
        <translation>{path}: บัตร &quot;{first}&quot; และ &quot;{second}&quot; มีหมายเลขบัตรเดียวกัน</translation>
    </message>
    <message>
        <source>{path}: larger than {size} bytes.</source>
        <translation>{path}: ใหญ่เกิน {size} ไบต์</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text.</source>
        <translation>{path}: ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>{path}: not a catalog (nested too deeply, or a number too long).</source>
        <translation>{path}: ไม่ใช่แคตตาล็อก (ซ้อนกันลึกเกินไป หรือตัวเลขยาวเกินไป)</translation>
    </message>
    <message>
        <source>{path}: not a plain file (a folder, a device or a pipe).</source>
        <translation>{path}: ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือไปป์)</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{path}: ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {line}, คอลัมน์ {column}: {reason})</translation>
    </message>
    <message>
        <source>{path}: schema {found} is not supported (this version reads schema {schema}).</source>
        <translation>{path}: ไม่รองรับ schema {found} (เวอร์ชันนี้อ่าน schema {schema})</translation>
    </message>
    <message>
        <source>{path}: the file must hold a JSON object.</source>
        <translation>{path}: ไฟล์ต้องเป็น JSON object</translation>
    </message>
    <message>
        <source>{path}: unknown field &quot;{field}&quot;.</source>
        <translation>{path}: ไม่รู้จักฟิลด์ &quot;{field}&quot;</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>… และปัญหาอีก {count} ข้อ</translation>
    </message>
</context>
<context>
    <name>CatalogSource</name>
    <message>
        <source>Confidence: {confidence}</source>
        <translation>ความน่าเชื่อถือ: {confidence}</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>น่าสงสัย</translation>
    </message>
    <message>
        <source>Last checked: {date}</source>
        <translation>ตรวจสอบล่าสุด: {date}</translation>
    </message>
    <message>
        <source>No Omise page documents this card.</source>
        <translation>ไม่มีหน้าเอกสารของ Omise ที่ระบุบัตรนี้</translation>
    </message>
    <message>
        <source>Sources: Omise docs, Omise blog = Omise&apos;s own pages; Recorded = a charge recorded by an Omise SDK; Third party, No source = unofficial (badge). Hover a row for the evidence.</source>
        <translation>แหล่งที่มา: เอกสาร Omise, บล็อก Omise = หน้าของ Omise เอง; บันทึกจริง = การเรียกเก็บเงินที่ SDK ของ Omise บันทึกไว้; บุคคลที่สาม, ไม่มีแหล่งที่มา = ไม่เป็นทางการ (มีป้าย) ชี้ที่แถวเพื่อดูหลักฐาน</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>ไม่เป็นทางการ</translation>
    </message>
    <message>
        <source>Where the card comes from and how sure that is. Hover a row for the evidence; rows Omise does not list itself, or that the evidence casts doubt on, carry a badge.</source>
        <translation>บัตรนี้มาจากที่ใดและเชื่อถือได้แค่ไหน ชี้ที่แถวเพื่อดูหลักฐาน แถวที่ Omise ไม่ได้ระบุไว้เอง หรือมีหลักฐานที่ทำให้สงสัย จะมีป้ายกำกับ</translation>
    </message>
    <message>
        <source>{source} · {badge}</source>
        <translation>{source} · {badge}</translation>
    </message>
    <message>
        <source>{source}: {meaning}</source>
        <translation>{source}: {meaning}</translation>
    </message>
    <message numerus="yes">
        <source>{version} + your file (%n card(s))</source>
        <translation>
            <numerusform>{version} + ไฟล์ของคุณ (%n ใบ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>cannot use {folder}: {reason}</source>
        <translation>ใช้ {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the app&apos;s answer is not JSON</source>
        <translation>คำตอบของแอปไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>the app&apos;s answer is not an object</source>
        <translation>คำตอบของแอปไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <source>the app&apos;s answer is too large</source>
        <translation>คำตอบของแอปมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>{folder} is not a folder of this user</source>
        <translation>{folder} ไม่ใช่โฟลเดอร์ของผู้ใช้นี้</translation>
    </message>
    <message>
        <source>{folder} is open to other users</source>
        <translation>{folder} เปิดให้ผู้ใช้อื่นเข้าถึงได้</translation>
    </message>
</context>
<context>
    <name>ClearDialog</name>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>ล้าง (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Everything: every token and attempt</source>
        <translation>ทั้งหมด: ทุกโทเค็นและทุกครั้งที่ลองสร้าง (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Older than</source>
        <translation>ที่เก่ากว่า (&amp;O)</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>ล้างประวัติ</translation>
    </message>
    <message>
        <source>Days to keep</source>
        <translation>จำนวนวันที่เก็บไว้</translation>
    </message>
    <message>
        <source>Name the test case whose tokens and attempts go.</source>
        <translation>ระบุกรณีทดสอบที่จะลบโทเค็นและครั้งที่ลองสร้างของกรณีนั้น</translation>
    </message>
    <message>
        <source>Nothing was cleared: {reason}</source>
        <translation>ไม่ได้ล้างอะไรเลย: {reason}</translation>
    </message>
    <message>
        <source>Of the &amp;test case</source>
        <translation>ของกรณีทดสอบ (&amp;T)</translation>
    </message>
    <message>
        <source>The tokens themselves stay on the vault.</source>
        <translation>ตัวโทเค็นเองยังอยู่บน vault</translation>
    </message>
    <message>
        <source>What should go from the history?</source>
        <translation>จะลบอะไรออกจากประวัติ</translation>
    </message>
    <message>
        <source>e.g. QA-123</source>
        <translation>เช่น QA-123</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Not copied: copying needs the running app or a clipboard tool (wl-copy, xclip, xsel, pbcopy or clip).</source>
        <translation>ไม่ได้คัดลอก: การคัดลอกต้องมีแอปที่เปิดอยู่ หรือเครื่องมือคลิปบอร์ด (wl-copy, xclip, xsel, pbcopy หรือ clip)</translation>
    </message>
    <message>
        <source>Not copied: {tool} exited with {code}.</source>
        <translation>ไม่ได้คัดลอก: {tool} จบการทำงานด้วยรหัส {code}</translation>
    </message>
    <message>
        <source>Not copied: {tool} failed ({problem}).</source>
        <translation>ไม่ได้คัดลอก: {tool} ทำงานไม่สำเร็จ ({problem})</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n attempt(s) written to {path}.</source>
        <translation>
            <numerusform>เขียนการสร้าง %n ครั้งลง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>--json prints JSON Lines: one JSON object per line (per token, record, scenario or
profile), so `omise-token create --count 5 --json` streams five lines as the tokens
are made. Keys and ids stay English; labels and explanations follow --language.</source>
        <translation>--json พิมพ์ผลเป็น JSON Lines: หนึ่งออบเจ็กต์ JSON ต่อหนึ่งบรรทัด (ต่อโทเค็น รายการประวัติ
สถานการณ์ทดสอบ หรือโปรไฟล์) เช่น `omise-token create --count 5 --json` จะพิมพ์ห้าบรรทัด
ทีละบรรทัดตามที่สร้างโทเค็นเสร็จ ชื่อฟิลด์ของ JSON และ id เป็นภาษาอังกฤษเสมอ ส่วนชื่อและคำอธิบาย
เป็นภาษาตาม --language</translation>
    </message>
    <message>
        <source>Create Omise test card tokens (tokn_test_...) from the command line, with the same
rules, profiles, history and Sandbox as the Omise Test Token Generator window.

Only public test keys (pkey_test_...) are ever accepted. {key_env} (with
{vault_url_env}) adds an unsaved &quot;Environment&quot; profile and makes it the active one.

--language en|th (before or after the command) chooses the language of the messages
and of --help; by default the one chosen in the app&apos;s Settings, else the computer&apos;s
(LANG=th_TH.UTF-8: Thai).</source>
        <translation>สร้างโทเค็นบัตรทดสอบของ Omise (tokn_test_...) จากบรรทัดคำสั่ง ด้วยกฎ โปรไฟล์ ประวัติ
และ Sandbox ชุดเดียวกับหน้าต่าง Omise Test Token Generator

รับเฉพาะคีย์สาธารณะของโหมดทดสอบ (pkey_test_...) เท่านั้น {key_env} (พร้อม
{vault_url_env}) จะเพิ่มโปรไฟล์ &quot;Environment&quot; ที่ไม่ถูกบันทึก และตั้งให้เป็นโปรไฟล์ที่ใช้งานอยู่

--language en|th (ใส่ก่อนหรือหลังคำสั่งก็ได้) เลือกภาษาของข้อความและของ --help
โดยค่าเริ่มต้นใช้ภาษาที่เลือกไว้ในการตั้งค่าของแอป ถ้าไม่ได้เลือกจะใช้ภาษาของเครื่อง
(LANG=th_TH.UTF-8: ภาษาไทย)</translation>
    </message>
    <message>
        <source>Frequent counts only the tokens created from now on (the history is kept)</source>
        <translation>ส่วนใช้บ่อยจะนับเฉพาะโทเค็นที่สร้างจากนี้ไป (ประวัติยังเก็บไว้)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>ถูกขัดจังหวะ</translation>
    </message>
    <message>
        <source>JSON Lines: one object a line</source>
        <translation>พิมพ์เป็น JSON Lines: หนึ่งออบเจ็กต์ต่อบรรทัด</translation>
    </message>
    <message>
        <source>Local storage problem: the history could not be used ({problem}).</source>
        <translation>ปัญหาการจัดเก็บในเครื่อง: ใช้ประวัติไม่ได้ ({problem})</translation>
    </message>
    <message>
        <source>Local storage problem: the settings could not be saved to {path} ({reason}); nothing was changed.</source>
        <translation>ปัญหาการจัดเก็บในเครื่อง: บันทึกการตั้งค่าลง {path} ไม่ได้ ({reason}) ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Local storage problem: {file}: {problem}.</source>
        <translation>ปัญหาการจัดเก็บในเครื่อง: {file}: {problem}</translation>
    </message>
    <message>
        <source>Local storage problem: {problem}</source>
        <translation>ปัญหาการจัดเก็บในเครื่อง: {problem}</translation>
    </message>
    <message>
        <source>Local storage problem: {problem}.</source>
        <translation>ปัญหาการจัดเก็บในเครื่อง: {problem}</translation>
    </message>
    <message>
        <source>a catalog card by its id, such as visa-insufficient-fund (see &apos;scenarios&apos;), several ids separated by commas, or all (one token each); default: visa-successful</source>
        <translation>บัตรในรายการบัตรทดสอบตามรหัส เช่น visa-insufficient-fund (ดู &apos;scenarios&apos;) หลายรหัสคั่นด้วยจุลภาค หรือ all (ทุกบัตร บัตรละหนึ่งโทเค็น) ค่าเริ่มต้น: visa-successful</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>add a profile (the settings pane&apos;s rules)</source>
        <translation>เพิ่มโปรไฟล์ (กฎเดียวกับหน้าการตั้งค่า)</translation>
    </message>
    <message>
        <source>an unexpected internal error (a bug: please report it)</source>
        <translation>ข้อผิดพลาดภายในที่ไม่คาดคิด (เป็นบั๊ก โปรดแจ้งให้ทราบ)</translation>
    </message>
    <message>
        <source>any card number, even an invalid one (for negative tests; never printed back or stored)</source>
        <translation>หมายเลขบัตรใดก็ได้ แม้จะไม่ถูกต้อง (สำหรับทดสอบกรณีผิดพลาด ไม่มีการพิมพ์ออกมาหรือบันทึกไว้)</translation>
    </message>
    <message>
        <source>ask the vault whether a profile&apos;s key works</source>
        <translation>ถาม vault ว่าคีย์ของโปรไฟล์ใช้งานได้หรือไม่</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>copy the token id(s) to the clipboard (one a line)</source>
        <translation>คัดลอกรหัสโทเค็นไปยังคลิปบอร์ด (บรรทัดละหนึ่งรหัส)</translation>
    </message>
    <message>
        <source>create N tokens (1-{max}); more than one is a batch: several at once, no faster than the profile&apos;s rate limit</source>
        <translation>สร้าง N โทเค็น (1-{max}) มากกว่าหนึ่งคือการสร้างเป็นชุด: หลายโทเค็นพร้อมกัน ไม่เร็วเกินขีดจำกัดอัตราของโปรไฟล์</translation>
    </message>
    <message>
        <source>create test tokens through the same service as the window (validation and key policy included)</source>
        <translation>สร้างโทเค็นทดสอบผ่านบริการเดียวกับหน้าต่างของแอป (รวมการตรวจข้อมูลบัตรและนโยบายคีย์)</translation>
    </message>
    <message>
        <source>default: https://vault.omise.co; http:// only to this computer (an emulator such as http://127.0.0.1:8025)</source>
        <translation>ค่าเริ่มต้น: https://vault.omise.co ใช้ http:// ได้เฉพาะกับเครื่องนี้ (ตัวจำลอง เช่น http://127.0.0.1:8025)</translation>
    </message>
    <message>
        <source>default: the active profile</source>
        <translation>ค่าเริ่มต้น: โปรไฟล์ที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>delete a profile (its tokens stay in the history)</source>
        <translation>ลบโปรไฟล์ (โทเค็นของโปรไฟล์ยังอยู่ในประวัติ)</translation>
    </message>
    <message>
        <source>every attempt, failed ones included (the default)</source>
        <translation>การสร้างทุกครั้ง รวมครั้งที่ไม่สำเร็จ (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>every token whose charge may change</source>
        <translation>ทุกโทเค็นที่สถานะการเรียกเก็บเงินอาจยังเปลี่ยนได้</translation>
    </message>
    <message>
        <source>forget attempts and tokens in the history (all, older than, or by test case): says what goes and asks first; the tokens stay on the vault</source>
        <translation>ลบการพยายามสร้างและโทเค็นออกจากประวัติ (ทั้งหมด, เก่ากว่า หรือตามกรณีทดสอบ): บอกก่อนว่าจะลบอะไรและถามก่อนลบ; โทเค็นยังคงอยู่ใน vault</translation>
    </message>
    <message>
        <source>history and the Sandbox&apos;s state here, as the app (or ${env})</source>
        <translation>เก็บประวัติและสถานะของ Sandbox ที่นี่ เหมือนแอป (หรือ ${env})</translation>
    </message>
    <message>
        <source>how long to wait for the vault ({low}-{high} seconds)</source>
        <translation>เวลารอคำตอบจาก vault ({low}-{high} วินาที)</translation>
    </message>
    <message>
        <source>internal error: {kind}: {problem}</source>
        <translation>ข้อผิดพลาดภายใน: {kind}: {problem}</translation>
    </message>
    <message>
        <source>list created tokens (--attempts: every create attempt), newest first</source>
        <translation>แสดงโทเค็นที่สร้างไว้ (--attempts: ทุกครั้งที่พยายามสร้าง) ล่าสุดก่อน</translation>
    </message>
    <message>
        <source>list the profiles (* is the active one)</source>
        <translation>แสดงโปรไฟล์ (* คือโปรไฟล์ที่ใช้งานอยู่)</translation>
    </message>
    <message>
        <source>list the test-card catalog</source>
        <translation>แสดงรายการบัตรทดสอบ</translation>
    </message>
    <message>
        <source>list, add, use or remove profiles</source>
        <translation>แสดง เพิ่ม เลือกใช้ หรือลบโปรไฟล์</translation>
    </message>
    <message>
        <source>make a profile the active one</source>
        <translation>ตั้งโปรไฟล์ให้เป็นโปรไฟล์ที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>make it the active profile</source>
        <translation>ตั้งให้เป็นโปรไฟล์ที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>messages and --help in en (English) or th (Thai); by default the one chosen in the app&apos;s Settings, else the computer&apos;s</source>
        <translation>ภาษาของข้อความและ --help: en (อังกฤษ) หรือ th (ไทย) ค่าเริ่มต้นคือภาษาที่เลือกไว้ในการตั้งค่าของแอป ถ้าไม่ได้เลือกจะใช้ภาษาของเครื่อง</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}, not {value}</source>
        <translation>ต้องอยู่ระหว่าง 1 ถึง {limit} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} seconds</source>
        <translation>ต้องอยู่ระหว่าง {low} ถึง {high} วินาที</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, or none</source>
        <translation>ต้องอยู่ระหว่าง {low} ถึง {high} หรือ none</translation>
    </message>
    <message>
        <source>not a number: {text}</source>
        <translation>ไม่ใช่ตัวเลข: {text}</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>ไม่ใช่จำนวนเต็ม: {text}</translation>
    </message>
    <message>
        <source>note: no attempts match: the export is empty.</source>
        <translation>หมายเหตุ: ไม่มีการสร้างที่ตรงเงื่อนไข ไฟล์ส่งออกจึงว่าง</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>หมายเหตุ: {notice}</translation>
    </message>
    <message>
        <source>only the attempts of this test case</source>
        <translation>เฉพาะการสร้างของกรณีทดสอบนี้</translation>
    </message>
    <message>
        <source>only the attempts since DATE: 2026-12-02 (local midnight) or an ISO time</source>
        <translation>เฉพาะการสร้างตั้งแต่ DATE: 2026-12-02 (เที่ยงคืนตามเวลาเครื่อง) หรือเวลาแบบ ISO</translation>
    </message>
    <message>
        <source>only the attempts that made a token</source>
        <translation>เฉพาะการสร้างที่ได้โทเค็น</translation>
    </message>
    <message>
        <source>only the cards TEXT finds, as the window&apos;s search does: brands (amex, mc, cup), outcomes (declined, fraud, 3ds), numbers or their last 4, ids; every word must match</source>
        <translation>เฉพาะบัตรที่ TEXT ค้นพบ แบบเดียวกับช่องค้นหาในหน้าต่าง: แบรนด์ ผลลัพธ์ หมายเลขบัตรหรือ 4 หลักท้าย หรือ id เป็นภาษาไทยหรืออังกฤษก็ได้ (วีซ่า, เงินไม่พอ, 3 มิติ) ทุกคำต้องตรง</translation>
    </message>
    <message>
        <source>pin the card with this id (listed first, in the window and the tray too)</source>
        <translation>ปักหมุดบัตรที่มี id นี้ (แสดงเป็นอันดับแรก ทั้งในหน้าต่างและถาดระบบด้วย)</translation>
    </message>
    <message>
        <source>read tokens&apos; used and charge status again</source>
        <translation>อ่านสถานะการใช้งานและสถานะการเรียกเก็บเงินของโทเค็นอีกครั้ง</translation>
    </message>
    <message>
        <source>send a card that fails validation, to see how the vault answers</source>
        <translation>ส่งบัตรที่ตรวจข้อมูลไม่ผ่านไปทั้งอย่างนั้น เพื่อดูว่า vault ตอบอย่างไร</translation>
    </message>
    <message>
        <source>settings here, as the app (or ${env})</source>
        <translation>เก็บการตั้งค่าที่นี่ เหมือนแอป (หรือ ${env})</translation>
    </message>
    <message>
        <source>show at most N tokens (default: 20)</source>
        <translation>แสดงไม่เกิน N โทเค็น (ค่าเริ่มต้น: 20)</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>แสดงเวอร์ชันของโปรแกรมแล้วออก</translation>
    </message>
    <message>
        <source>the Omise API version sent (default: {version})</source>
        <translation>เวอร์ชัน API ของ Omise ที่ส่งไป (ค่าเริ่มต้น: {version})</translation>
    </message>
    <message>
        <source>the export could not be written to {path}: {reason}</source>
        <translation>เขียนไฟล์ส่งออกไปที่ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the format to write</source>
        <translation>รูปแบบที่จะเขียน</translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation>ชื่อโปรไฟล์</translation>
    </message>
    <message>
        <source>the public test key; - reads it from standard input</source>
        <translation>คีย์สาธารณะของโหมดทดสอบ ใส่ - เพื่ออ่านคีย์จากอินพุตมาตรฐาน (stdin)</translation>
    </message>
    <message>
        <source>the tokens to read again</source>
        <translation>โทเค็นที่จะอ่านสถานะอีกครั้ง</translation>
    </message>
    <message>
        <source>token creates a second a batch sends to this vault, or none (unlimited; an emulator&apos;s); default: {rate}</source>
        <translation>จำนวนการสร้างโทเค็นต่อวินาทีที่ชุดส่งไปยัง vault นี้ หรือ none (ไม่จำกัด สำหรับตัวจำลอง) ค่าเริ่มต้น: {rate}</translation>
    </message>
    <message>
        <source>token id, card, scenario, profile, tag, note...</source>
        <translation>id โทเค็น, บัตร, สถานการณ์ทดสอบ, โปรไฟล์, แท็ก, บันทึก...</translation>
    </message>
    <message>
        <source>unpin the card with this id</source>
        <translation>เลิกปักหมุดบัตรที่มี id นี้</translation>
    </message>
    <message>
        <source>whether the app runs for these directories, its active profile and Sandbox URL</source>
        <translation>แอปเปิดอยู่สำหรับโฟลเดอร์เหล่านี้หรือไม่ โปรไฟล์ที่ใช้งานอยู่ และ URL ของ Sandbox</translation>
    </message>
    <message>
        <source>write the attempts (evidence for a test run) as CSV, JSON, Markdown, Jira, JUnit, Xray or TestRail</source>
        <translation>เขียนการสร้างทุกครั้ง (หลักฐานของรอบการทดสอบ) เป็น CSV, JSON, Markdown, Jira, JUnit, Xray หรือ TestRail</translation>
    </message>
    <message>
        <source>write to FILE (owner-only; an existing file is replaced) instead of the screen</source>
        <translation>เขียนลง FILE (เจ้าของอ่านได้คนเดียว ไฟล์เดิมจะถูกแทนที่) แทนการแสดงบนหน้าจอ</translation>
    </message>
    <message>
        <source>{path} is a folder: name a file.</source>
        <translation>{path} เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{prog}: {message} (see {prog} --help)</source>
        <translation>{prog}: {message} (ดู {prog} --help)</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>All scenarios</source>
        <translation>สถานการณ์ทดสอบทั้งหมด</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>แบรนด์</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>CHARGE</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>EXPECTED OUTCOME</source>
        <translation>ผลที่ควรเป็น</translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation>ใช้บ่อย</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>หมายเลขบัตร</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>สถานการณ์ทดสอบ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>VAULT URL</source>
        <translation>URL ของ vault</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>built-in emulator</source>
        <translation>ตัวจำลองในตัวแอป</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
</context>
<context>
    <name>CommandRuntime</name>
    <message>
        <source>No profile named {name}. Known profiles: {known}.</source>
        <translation>ไม่มีโปรไฟล์ชื่อ {name} โปรไฟล์ที่มี: {known}</translation>
    </message>
    <message>
        <source>The built-in Sandbox could not start: {problem}</source>
        <translation>เริ่ม Sandbox ในตัวแอปไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>the history cannot be used: {reason}</source>
        <translation>ใช้ประวัติไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{env} was refused: {reason}</source>
        <translation>{env} ถูกปฏิเสธ: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>--scenario names no scenario.</source>
        <translation>--scenario ไม่ได้ระบุสถานการณ์ทดสอบใดเลย</translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation>มีโปรไฟล์ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Active profile: {name}</source>
        <translation>โปรไฟล์ที่ใช้งานอยู่: {name}</translation>
    </message>
    <message>
        <source>Active profile: {name} (from the settings)</source>
        <translation>โปรไฟล์ที่ใช้งานอยู่: {name} (จากการตั้งค่า)</translation>
    </message>
    <message>
        <source>Active profile: {name}.</source>
        <translation>โปรไฟล์ที่ใช้งานอยู่: {name}</translation>
    </message>
    <message>
        <source>App: running (pid {pid})</source>
        <translation>แอป: เปิดอยู่ (pid {pid})</translation>
    </message>
    <message>
        <source>App: {state} ({why})</source>
        <translation>แอป: {state} ({why})</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Clear it? [y/N] </source>
        <translation>ลบเลยไหม? [y/N] </translation>
    </message>
    <message>
        <source>Config dir: {path}</source>
        <translation>โฟลเดอร์การตั้งค่า: {path}</translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>โฟลเดอร์ข้อมูล: {path}</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Its tokens stay in the history.</source>
        <translation>ลบ “{name}” แล้ว โทเค็นของโปรไฟล์นี้ยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Did you mean {id}?</source>
        <translation>หมายถึง {id} หรือเปล่า</translation>
    </message>
    <message>
        <source>Give the test case to clear (--tag KEY), not an empty one.</source>
        <translation>ระบุกรณีทดสอบที่จะลบ (--tag KEY) ห้ามเว้นว่าง</translation>
    </message>
    <message>
        <source>Give the token ids to refresh, or --all.</source>
        <translation>ระบุรหัสโทเค็นที่จะรีเฟรช หรือใช้ --all</translation>
    </message>
    <message>
        <source>Give token ids or --all, not both.</source>
        <translation>ระบุรหัสโทเค็นหรือ --all อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>มิลลิวินาที</translation>
    </message>
    <message>
        <source>No profile named {name}. Known profiles: {known}.</source>
        <translation>ไม่มีโปรไฟล์ชื่อ {name} โปรไฟล์ที่มี: {known}</translation>
    </message>
    <message>
        <source>Not in the history: {ids}. Nothing was changed.</source>
        <translation>ไม่มีในประวัติ: {ids} ไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>Not in the history: {ids}. Nothing was sent.</source>
        <translation>ไม่มีในประวัติ: {ids} จึงไม่ได้ส่งอะไรไป</translation>
    </message>
    <message>
        <source>Note of {id}: {value}</source>
        <translation>บันทึกของ {id}: {value}</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>ไม่ได้ลบอะไร</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Sandbox URL: none (the Sandbox runs inside the app, or inside a command)</source>
        <translation>URL ของ Sandbox: ไม่มี (Sandbox ทำงานอยู่ภายในแอป หรือภายในคำสั่งที่รัน)</translation>
    </message>
    <message>
        <source>Sandbox URL: {url}</source>
        <translation>URL ของ Sandbox: {url}</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>บันทึก “{name}” แล้ว</translation>
    </message>
    <message>
        <source>Saved “{name}”. It is now the active profile.</source>
        <translation>บันทึก “{name}” แล้ว และตั้งเป็นโปรไฟล์ที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>Test case of {id}: {value}</source>
        <translation>กรณีทดสอบของ {id}: {value}</translation>
    </message>
    <message>
        <source>The card has problems; nothing was sent. {problems} Add --send-anyway to test how the vault answers.</source>
        <translation>ข้อมูลบัตรมีจุดผิด จึงไม่ได้ส่งอะไรไป {problems} เพิ่ม --send-anyway เพื่อทดสอบว่า vault ตอบอย่างไร</translation>
    </message>
    <message>
        <source>Unknown scenario {id}.{hint} &apos;omise-token scenarios&apos; lists the scenario ids.</source>
        <translation>ไม่รู้จักสถานการณ์ทดสอบ {id}{hint} ดูรหัสสถานการณ์ทดสอบได้ด้วย &apos;omise-token scenarios&apos;</translation>
    </message>
    <message>
        <source>a batch&apos;s creates at once (1-10); default: the setting (4)</source>
        <translation>จำนวนการสร้างพร้อมกันของชุด (1-10) ค่าเริ่มต้น: ตามการตั้งค่า (4)</translation>
    </message>
    <message>
        <source>a batch: write the JSON map of scenario id to token id to FILE</source>
        <translation>สำหรับชุด: เขียน JSON ที่จับคู่รหัสสถานการณ์ทดสอบกับ id โทเค็นลงไฟล์ FILE</translation>
    </message>
    <message>
        <source>a note kept with each attempt</source>
        <translation>บันทึกที่เก็บไว้กับการพยายามสร้างแต่ละครั้ง</translation>
    </message>
    <message>
        <source>batch {batch}: {created} created, {failed} failed, {unknown} unknown (may exist on the vault; not sent again), {cancelled} cancelled, {not_run} not run.</source>
        <translation>ชุด {batch}: สร้างแล้ว {created} ไม่สำเร็จ {failed} ไม่ทราบผล {unknown} (อาจมีอยู่ใน vault แล้ว จึงไม่ส่งซ้ำ) ยกเลิก {cancelled} ไม่ได้เริ่ม {not_run}</translation>
    </message>
    <message>
        <source>do not ask; clear at once</source>
        <translation>ไม่ต้องถาม; ลบทันที</translation>
    </message>
    <message>
        <source>every attempt and token</source>
        <translation>ทุกการพยายามสร้างและทุกโทเค็น</translation>
    </message>
    <message>
        <source>every create attempt, failed ones too (refused here, vault errors, network faults, cancelled), with its outcome, error, tag, note and duration</source>
        <translation>ทุกครั้งที่พยายามสร้าง รวมครั้งที่ไม่สำเร็จ (แอปปฏิเสธ, vault ตอบข้อผิดพลาด, ปัญหาเครือข่าย, ยกเลิก) พร้อมผลลัพธ์ ข้อผิดพลาด แท็ก บันทึก และเวลาที่ใช้</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}, not {value}</source>
        <translation>ต้องอยู่ระหว่าง 1 ถึง {limit} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>ต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>no attempts in the history match.</source>
        <translation>ไม่มีการพยายามสร้างในประวัติที่ตรงกัน</translation>
    </message>
    <message>
        <source>no running app found for these directories</source>
        <translation>ไม่พบแอปที่เปิดอยู่สำหรับโฟลเดอร์เหล่านี้</translation>
    </message>
    <message>
        <source>no scenario matches {text}.</source>
        <translation>ไม่มีสถานการณ์ทดสอบที่ตรงกับ {text}</translation>
    </message>
    <message>
        <source>no tokens in the history match.</source>
        <translation>ไม่มีโทเค็นในประวัติที่ตรงกัน</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>ไม่ใช่จำนวนเต็ม: {text}</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>ไม่ได้เปิดอยู่</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่ได้เริ่ม</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>ยังไม่ใช้</translation>
    </message>
    <message>
        <source>note: {notice}</source>
        <translation>หมายเหตุ: {notice}</translation>
    </message>
    <message>
        <source>nothing to refresh: every token&apos;s charge has ended.</source>
        <translation>ไม่มีอะไรให้รีเฟรช: การเรียกเก็บเงินของทุกโทเค็นจบแล้ว</translation>
    </message>
    <message>
        <source>only the test case KEY (e.g. QA-123)</source>
        <translation>เฉพาะกรณีทดสอบ KEY (เช่น QA-123)</translation>
    </message>
    <message>
        <source>ranking reset: Frequent counts the tokens created from now on.</source>
        <translation>รีเซ็ตการจัดอันดับแล้ว: ส่วนใช้บ่อยจะนับโทเค็นที่สร้างจากนี้ไป</translation>
    </message>
    <message>
        <source>set the note of a token or attempt; &quot;&quot; clears it</source>
        <translation>ตั้งบันทึกของโทเค็นหรือการพยายามสร้าง; &quot;&quot; เพื่อล้าง</translation>
    </message>
    <message>
        <source>set the test case of a token (tokn_…) or attempt (atmp_…); &quot;&quot; clears it</source>
        <translation>ตั้งกรณีทดสอบของโทเค็น (tokn_…) หรือการพยายามสร้าง (atmp_…); &quot;&quot; เพื่อล้าง</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>หยุดแล้ว: {reason}</translation>
    </message>
    <message>
        <source>the local channel cannot be used: {problem}</source>
        <translation>ใช้ช่องทางสื่อสารในเครื่องไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>the test case these attempts are for (e.g. QA-123); default: the current test case set in the window</source>
        <translation>กรณีทดสอบของการสร้างครั้งนี้ (เช่น QA-123); ค่าเริ่มต้น: กรณีทดสอบปัจจุบันที่ตั้งไว้ในหน้าต่าง</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>what carries the test case KEY</source>
        <translation>สิ่งที่มีกรณีทดสอบ KEY</translation>
    </message>
    <message>
        <source>what was created more than DAYS days ago</source>
        <translation>สิ่งที่สร้างไว้นานกว่า DAYS วัน</translation>
    </message>
    <message>
        <source>{id} was not pinned.</source>
        <translation>{id} ไม่ได้ปักหมุดไว้</translation>
    </message>
    <message>
        <source>{token} was created but not saved in the history: {reason}</source>
        <translation>สร้าง {token} แล้ว แต่ไม่ได้บันทึกลงประวัติ: {reason}</translation>
    </message>
</context>
<context>
    <name>CreateActions</name>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Cancelled. If the vault had already created a token, it was not stored; nothing was sent twice.</source>
        <translation>ยกเลิกแล้ว ถ้า vault สร้างโทเค็นไปแล้ว โทเค็นนั้นจะไม่ถูกบันทึก; ไม่มีการส่งซ้ำ</translation>
    </message>
    <message>
        <source>Created {token} — copied to the clipboard.</source>
        <translation>สร้าง {token} แล้ว — คัดลอกไปยังคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Created {token}, but it was NOT saved to the history.</source>
        <translation>สร้าง {token} แล้ว แต่ยังไม่ได้บันทึกลงประวัติ</translation>
    </message>
    <message>
        <source>Created {token}.</source>
        <translation>สร้าง {token} แล้ว</translation>
    </message>
    <message>
        <source>Creating a token…</source>
        <translation>กำลังสร้างโทเค็น…</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>สร้างไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>The card form is back to the default card (Visa 4242, successful).</source>
        <translation>ฟอร์มบัตรกลับเป็นบัตรตั้งต้นแล้ว (Visa 4242, successful)</translation>
    </message>
    <message>
        <source>The card has problems (see the fields). Tick &apos;Send anyway (negative test)&apos; to send it regardless.</source>
        <translation>บัตรมีปัญหา (ดูที่ช่องต่าง ๆ) ติ๊ก &apos;ส่งไปทั้งอย่างนั้น (ทดสอบกรณีผิดพลาด)&apos; เพื่อส่งทั้งที่มีปัญหา</translation>
    </message>
    <message>
        <source>{brand} {number}: {scenario} (expected charge: {expected}, source {source})</source>
        <translation>{brand} {number}: {scenario} (การเรียกเก็บเงินที่ควรเป็น: {expected}, แหล่งที่มา {source})</translation>
    </message>
    <message>
        <source>✔ Copied</source>
        <translation>✔ คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&amp;Create token</source>
        <translation>สร้างโทเค็น (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vault answer (JSON)</source>
        <translation>คำตอบจาก vault (JSON) (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>คัดลอก (&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>ยกเลิก (&amp;N)</translation>
    </message>
    <message>
        <source>Check: {check}</source>
        <translation>สิ่งที่ต้องตรวจ: {check}</translation>
    </message>
    <message>
        <source>Cop&amp;y id on create</source>
        <translation>คัดลอก id โทเค็นเมื่อสร้างเสร็จ (&amp;Y)</translation>
    </message>
    <message>
        <source>Copy token id</source>
        <translation>คัดลอกรหัสโทเค็น</translation>
    </message>
    <message>
        <source>Create a token from the card form</source>
        <translation>สร้างโทเค็นจากข้อมูลบัตรในฟอร์ม</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>สร้างโทเค็น</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>ยังไม่มีโทเค็น</translation>
    </message>
    <message>
        <source>Not saved to history: the vault created {token}, but it could not be stored. {reason} It is kept, and saved with the next token once the history can be written; copy it now if you need it.</source>
        <translation>ไม่ได้บันทึกลงประวัติ: vault สร้าง {token} แล้ว แต่บันทึกไม่ได้ {reason} แอปเก็บไว้ให้ และจะบันทึกพร้อมโทเค็นถัดไปเมื่อเขียนประวัติได้ ถ้าต้องใช้ ให้คัดลอกตอนนี้</translation>
    </message>
    <message>
        <source>Omise: {code} · {human}</source>
        <translation>Omise: {code} · {human}</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>เปิดการตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Previous token (the last attempt below did not create one).</source>
        <translation>โทเค็นก่อนหน้า (การสร้างครั้งล่าสุดด้านล่างไม่สำเร็จ)</translation>
    </message>
    <message>
        <source>Put every card field back to the default card and untick Send anyway</source>
        <translation>คืนค่าทุกช่องเป็นบัตรเริ่มต้น และเอาเครื่องหมายออกจาก “ส่งไปทั้งอย่างนั้น”</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>ลองอีกครั้ง (&amp;T)</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>กำลังส่งคำขอ</translation>
    </message>
    <message>
        <source>Reset for&amp;m</source>
        <translation>รีเซ็ตฟอร์ม (&amp;M)</translation>
    </message>
    <message>
        <source>Send any&amp;way (negative test)</source>
        <translation>ส่งไปทั้งอย่างนั้น (ทดสอบกรณีผิดพลาด) (&amp;W)</translation>
    </message>
    <message>
        <source>Send the card even though it has problems, to see how the vault answers invalid data</source>
        <translation>ส่งข้อมูลบัตรแม้จะมีจุดผิด เพื่อดูว่าระบบ vault ตอบข้อมูลที่ไม่ถูกต้องอย่างไร</translation>
    </message>
    <message>
        <source>The vault&apos;s answer (JSON) appears here.</source>
        <translation>คำตอบจาก vault (JSON) จะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>รหัสโทเค็น</translation>
    </message>
    <message>
        <source>Vault answer JSON</source>
        <translation>คำตอบ JSON จาก vault</translation>
    </message>
    <message>
        <source>Vault said: “{message}”</source>
        <translation>vault ตอบว่า: “{message}”</translation>
    </message>
    <message>
        <source>What it means: {should}</source>
        <translation>ความหมาย: {should}</translation>
    </message>
    <message>
        <source>app: {code} · {human}</source>
        <translation>แอป: {code} · {human}</translation>
    </message>
    <message>
        <source>not a catalog card</source>
        <translation>ไม่ใช่บัตรในรายการบัตรทดสอบ</translation>
    </message>
    <message>
        <source>typed-in card</source>
        <translation>บัตรที่พิมพ์เอง</translation>
    </message>
    <message>
        <source>{brand} •••• {last4} · {scenario} · expected charge: {expected} · profile {profile}</source>
        <translation>{brand} •••• {last4} · {scenario} · ผลการเรียกเก็บเงินที่ควรได้: {expected} · โปรไฟล์ {profile}</translation>
    </message>
    <message>
        <source>• {field}: {problem}</source>
        <translation>• {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DetailsActions</name>
    <message>
        <source>Copied the vault&apos;s answer.</source>
        <translation>คัดลอกคำตอบของ vault แล้ว</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ไม่ได้บันทึก: {reason}</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>บันทึกหมายเหตุแล้ว</translation>
    </message>
    <message>
        <source>Test case saved: {value}</source>
        <translation>บันทึกกรณีทดสอบแล้ว: {value}</translation>
    </message>
    <message>
        <source>the row is gone</source>
        <translation>แถวนี้ไม่มีแล้ว</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>(no answer)</source>
        <translation>(ไม่มีคำตอบ)</translation>
    </message>
    <message>
        <source>(no status kept)</source>
        <translation>(ไม่มีสถานะที่เก็บไว้)</translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(ไม่ได้เก็บไว้)</translation>
    </message>
    <message>
        <source>(not refreshed)</source>
        <translation>(ยังไม่ได้รีเฟรช)</translation>
    </message>
    <message>
        <source>A note for this attempt (Enter saves)</source>
        <translation>หมายเหตุของครั้งนี้ (กด Enter เพื่อบันทึก)</translation>
    </message>
    <message>
        <source>A note kept with this row; Enter (or leaving) saves it</source>
        <translation>หมายเหตุที่เก็บไว้กับแถวนี้ กด Enter (หรือออกจากช่อง) เพื่อบันทึก</translation>
    </message>
    <message>
        <source>Copy the answer shown</source>
        <translation>คัดลอกคำตอบที่แสดงอยู่</translation>
    </message>
    <message>
        <source>Copy the answer shown (JSON)</source>
        <translation>คัดลอกคำตอบที่แสดงอยู่ (JSON)</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>คัดลอกคำตอบนี้</translation>
    </message>
    <message>
        <source>Create answer</source>
        <translation>คำตอบตอนสร้าง</translation>
    </message>
    <message>
        <source>Latest refresh</source>
        <translation>รีเฟรชล่าสุด</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>ข้อความ: {message}</translation>
    </message>
    <message>
        <source>No token: nothing to compare with the card&apos;s promise.</source>
        <translation>ไม่มีโทเค็น: ไม่มีอะไรให้เทียบกับผลที่บัตรควรให้</translation>
    </message>
    <message>
        <source>Note of the selected row</source>
        <translation>หมายเหตุของแถวที่เลือก</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <source>Request (no card number, no security code)</source>
        <translation>คำขอ (ไม่มีหมายเลขบัตร ไม่มีรหัสความปลอดภัย)</translation>
    </message>
    <message>
        <source>Select a row in the history to see its details.</source>
        <translation>เลือกแถวในประวัติเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>สถานะตามเวลา</translation>
    </message>
    <message>
        <source>Test case of the selected row</source>
        <translation>กรณีทดสอบของแถวที่เลือก</translation>
    </message>
    <message>
        <source>Test case:</source>
        <translation>กรณีทดสอบ:</translation>
    </message>
    <message>
        <source>The test case of this row; Enter (or leaving) saves it</source>
        <translation>กรณีทดสอบของแถวนี้ กด Enter (หรือออกจากช่อง) เพื่อบันทึก</translation>
    </message>
    <message>
        <source>The vault&apos;s answer when the token was made, or its latest</source>
        <translation>คำตอบของ vault ตอนสร้างโทเค็น หรือคำตอบล่าสุด</translation>
    </message>
    <message>
        <source>The vault&apos;s answer, as kept (no card number)</source>
        <translation>คำตอบของ vault ตามที่เก็บไว้ (ไม่มีหมายเลขบัตร)</translation>
    </message>
    <message>
        <source>Vault said: “{message}”</source>
        <translation>vault ตอบว่า: “{message}”</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Which answer of the vault</source>
        <translation>คำตอบของ vault ครั้งไหน</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>เปลี่ยนเป็น</translation>
    </message>
    <message>
        <source>created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>e.g. QA-123 (Enter saves)</source>
        <translation>เช่น QA-123 (กด Enter เพื่อบันทึก)</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ยังไม่ใช้</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} มิลลิวินาที</translation>
    </message>
    <message>
        <source>{time} — {what}: {used}, charge {status}</source>
        <translation>{time} — {what}: {used}, การเรียกเก็บเงิน {status}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>A vault URL must not contain a key. Nothing was sent.</source>
        <translation>URL ของ vault ต้องไม่มีคีย์ ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>A vault URL must not contain a user name, password or key (the part before &apos;@&apos;). The key goes in the key field; nothing was sent.</source>
        <translation>URL ของ vault ต้องไม่มีชื่อผู้ใช้ รหัสผ่าน หรือคีย์ (ส่วนที่อยู่หน้า &apos;@&apos;) ให้ใส่คีย์ในช่องคีย์ ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Not a usable vault URL: {problem}</source>
        <translation>ใช้ URL ของ vault นี้ไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>Not a usable vault URL: {url}. Use https://vault.omise.co or a local emulator such as http://127.0.0.1:8025 (no user name, query or fragment).</source>
        <translation>ใช้ URL ของ vault นี้ไม่ได้: {url} ให้ใช้ https://vault.omise.co หรือตัวจำลองในเครื่อง เช่น http://127.0.0.1:8025 (ไม่มีชื่อผู้ใช้ query หรือ fragment)</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost), not to {host}. Use https://.</source>
        <translation>http:// แบบธรรมดาใช้ได้กับเครื่องนี้เท่านั้น (127.0.0.1, ::1, localhost) ใช้กับ {host} ไม่ได้ ให้ใช้ https://</translation>
    </message>
    <message>
        <source>{host} is not a host name (a broken international name).</source>
        <translation>{host} ไม่ใช่ชื่อโฮสต์ (ชื่อโดเมนภาษาสากลที่เสียหาย)</translation>
    </message>
    <message>
        <source>{host} is not a host name.</source>
        <translation>{host} ไม่ใช่ชื่อโฮสต์</translation>
    </message>
    <message>
        <source>{host} is not an IPv6 address.</source>
        <translation>{host} ไม่ใช่ที่อยู่ IPv6</translation>
    </message>
    <message>
        <source>{host} is not an address to connect to.</source>
        <translation>{host} ไม่ใช่ที่อยู่ที่เชื่อมต่อได้</translation>
    </message>
    <message>
        <source>{host} is not an address: write an IP address as four numbers, 127.0.0.1.</source>
        <translation>{host} ไม่ใช่ที่อยู่ที่ถูกต้อง: ให้เขียนที่อยู่ IP เป็นตัวเลขสี่ชุด เช่น 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <source>All attem&amp;pts</source>
        <translation>ทุกครั้งที่ลองสร้าง (&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>รายละเอียด (&amp;T)</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>รายละเอียดของแถวที่เลือก</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>ซ่อนรายละเอียด</translation>
    </message>
    <message>
        <source>Show every create attempt, whatever its end: refused, vault errors, network faults and cancels too</source>
        <translation>แสดงทุกครั้งที่ลองสร้าง ไม่ว่าจะจบแบบใด: ถูกปฏิเสธ ข้อผิดพลาดจาก vault ปัญหาเครือข่าย และการยกเลิกด้วย</translation>
    </message>
    <message>
        <source>Show one row per token created</source>
        <translation>แสดงหนึ่งแถวต่อโทเค็นที่สร้าง</translation>
    </message>
    <message>
        <source>Show the details of the row</source>
        <translation>แสดงรายละเอียดของแถว</translation>
    </message>
    <message>
        <source>Test case:</source>
        <translation>กรณีทดสอบ:</translation>
    </message>
    <message>
        <source>The test case new tokens are tagged with (the form, the tray and omise-token create without --tag); empty: none</source>
        <translation>กรณีทดสอบที่ติดให้โทเค็นใหม่ (จากฟอร์ม ถาดระบบ และ omise-token create ที่ไม่มี --tag); ว่าง: ไม่ติด</translation>
    </message>
    <message>
        <source>To&amp;kens</source>
        <translation>โทเค็น (&amp;K)</translation>
    </message>
    <message>
        <source>e.g. QA-123</source>
        <translation>เช่น QA-123</translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>C&amp;lear history…</source>
        <translation>ล้างประวัติ… (&amp;L)</translation>
    </message>
    <message>
        <source>Copied the JSON {token} was created with.</source>
        <translation>คัดลอก JSON ตอนสร้าง {token} แล้ว</translation>
    </message>
    <message>
        <source>Copy the create &amp;answer (JSON)</source>
        <translation>คัดลอกคำตอบตอนสร้าง (JSON) (&amp;A)</translation>
    </message>
    <message>
        <source>Forget tokens and attempts: all, older than some days, or one test case&apos;s</source>
        <translation>ลบโทเค็นและครั้งที่ลองสร้าง: ทั้งหมด ที่เก่ากว่ากี่วัน หรือของกรณีทดสอบหนึ่ง</translation>
    </message>
    <message>
        <source>New tokens are no longer tagged with a test case.</source>
        <translation>โทเค็นใหม่จะไม่ติดกรณีทดสอบแล้ว</translation>
    </message>
    <message>
        <source>New tokens are now tagged with the test case: {key}</source>
        <translation>โทเค็นใหม่จะติดกรณีทดสอบ: {key}</translation>
    </message>
    <message>
        <source>No create answer was kept for {token}.</source>
        <translation>ไม่ได้เก็บคำตอบตอนสร้างของ {token} ไว้</translation>
    </message>
    <message>
        <source>The vault&apos;s answer when the token was made (Copy JSON gives the latest)</source>
        <translation>คำตอบของ vault ตอนสร้างโทเค็น (คัดลอก JSON ให้คำตอบล่าสุด)</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something went wrong inside the app. Your token history is safe.

What happened: {what}

Details were written to {log_file} (without card data or keys).</source>
        <translation>เกิดปัญหาภายในแอป ประวัติโทเค็นของคุณยังปลอดภัยอยู่

สิ่งที่เกิดขึ้น: {what}

บันทึกรายละเอียดไว้ที่ {log_file} แล้ว (ไม่มีข้อมูลบัตรหรือคีย์)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>bad usage or input (unknown option, scenario, profile or token; a card that
fails validation without --send-anyway): nothing was sent</source>
        <translation>ใช้คำสั่งหรือใส่ข้อมูลผิด (ไม่รู้จักตัวเลือก สถานการณ์ทดสอบ โปรไฟล์ หรือโทเค็น หรือบัตร
ตรวจข้อมูลไม่ผ่านโดยไม่ได้ใส่ --send-anyway): ไม่ได้ส่งอะไรไป</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จเรียบร้อย</translation>
    </message>
    <message>
        <source>exit codes:</source>
        <translation>รหัสการจบการทำงาน (exit code):</translation>
    </message>
    <message>
        <source>local storage: the history or settings file could not be read or written</source>
        <translation>การจัดเก็บในเครื่อง: อ่านหรือเขียนไฟล์ประวัติหรือไฟล์การตั้งค่าไม่ได้</translation>
    </message>
    <message>
        <source>network: timeout, connection refused or dropped, TLS failure</source>
        <translation>เครือข่าย: หมดเวลารอ การเชื่อมต่อถูกปฏิเสธหรือหลุด หรือ TLS ล้มเหลว</translation>
    </message>
    <message>
        <source>refused by the key policy (only pkey_test_ keys) or the URL policy: nothing
was sent</source>
        <translation>ถูกปฏิเสธตามนโยบายคีย์ (รับเฉพาะคีย์ pkey_test_) หรือนโยบาย URL: ไม่ได้ส่งอะไรไป</translation>
    </message>
    <message>
        <source>the vault answered with an error (refused key, invalid card, 429, 5xx, live
token...)</source>
        <translation>vault ตอบกลับเป็นข้อผิดพลาด (คีย์ถูกปฏิเสธ บัตรไม่ถูกต้อง 429, 5xx, โทเค็นโหมดใช้งานจริง...)</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>After the return from authorize_uri the checkout reads the charge again from the API, shows a decline and lets the buyer try another card.</source>
        <translation>หลังกลับจาก authorize_uri หน้าชำระเงินอ่านการเรียกเก็บเงินจาก API อีกครั้ง แจ้งว่าถูกปฏิเสธ และให้ผู้ซื้อลองใช้บัตรใบอื่น</translation>
    </message>
    <message>
        <source>Charge the token from the backend under test (or Simulate charge on the Sandbox), then refresh it.</source>
        <translation>ใช้โทเค็นเรียกเก็บเงินจากแบ็กเอนด์ที่กำลังทดสอบ (หรือใช้ “จำลองการเรียกเก็บเงิน” บน Sandbox) แล้วรีเฟรช</translation>
    </message>
    <message>
        <source>Check the profile and the vault URL the token was created with.</source>
        <translation>ตรวจสอบโปรไฟล์และ URL ของ vault ที่ใช้สร้างโทเค็นนี้</translation>
    </message>
    <message>
        <source>Check the profile&apos;s public test key (pkey_test_…) in Settings.</source>
        <translation>ตรวจสอบคีย์สาธารณะของโหมดทดสอบ (pkey_test_…) ของโปรไฟล์ในการตั้งค่า</translation>
    </message>
    <message>
        <source>Check the request&apos;s fields and the API version.</source>
        <translation>ตรวจสอบฟิลด์ของคำขอและเวอร์ชันของ API</translation>
    </message>
    <message>
        <source>The authorized charge was not captured in time (7 days; 30 in Japan) and expired.</source>
        <translation>การเรียกเก็บเงินที่อนุมัติวงเงินไว้ไม่ได้เรียกเก็บเงินจริงภายในเวลาที่กำหนด (7 วัน ญี่ปุ่น 30 วัน) จึงหมดอายุ</translation>
    </message>
    <message>
        <source>The authorized charge was reversed before capture: the held amount is released.</source>
        <translation>การเรียกเก็บเงินที่อนุมัติวงเงินไว้ถูกยกเลิกรายการก่อนเรียกเก็บเงินจริง: วงเงินที่กันไว้ถูกคืนแล้ว</translation>
    </message>
    <message>
        <source>The charge failed: a general processing error at the issuer or the card network.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: เกิดข้อผิดพลาดทั่วไประหว่างประมวลผลที่ธนาคารผู้ออกบัตรหรือเครือข่ายบัตร</translation>
    </message>
    <message>
        <source>The charge failed: the card has insufficient funds or has reached its credit limit.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: ยอดเงินในบัตรไม่เพียงพอหรือใช้เต็มวงเงินแล้ว</translation>
    </message>
    <message>
        <source>The charge failed: the fraud check flagged it.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: ไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>The charge failed: the issuer does not know the card&apos;s account.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: ธนาคารผู้ออกบัตรไม่พบบัญชีของบัตรนี้</translation>
    </message>
    <message>
        <source>The charge failed: the issuer or the network did not answer in time.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: ธนาคารผู้ออกบัตรหรือเครือข่ายไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>The charge failed: the issuer reports the card stolen or lost.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: ธนาคารผู้ออกบัตรแจ้งว่าบัตรถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>The charge failed: the payment was cancelled before it completed.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: การชำระเงินถูกยกเลิกก่อนจะเสร็จสิ้น</translation>
    </message>
    <message>
        <source>The charge failed: the payment was rejected. The 3-D Secure test cards end this way too (per a 2017 copy of Omise&apos;s docs).</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: การชำระเงินถูกปฏิเสธ บัตรทดสอบ 3-D Secure ก็จบแบบนี้เช่นกัน (ตามสำเนาเอกสารของ Omise ปี 2017)</translation>
    </message>
    <message>
        <source>The charge failed: the security code (CVV) does not match.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ: รหัสความปลอดภัย (CVV) ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The charge failed; its failure code says why.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จ ดูสาเหตุได้จาก failure code</translation>
    </message>
    <message>
        <source>The charge fails with failed_fraud_check: the fraud check flagged the payment.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย failed_fraud_check: การชำระเงินนี้ไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>The charge fails with failed_processing: a general processing failure at the issuer or the card network.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย failed_processing: เกิดข้อผิดพลาดทั่วไประหว่างประมวลผลที่ธนาคารผู้ออกบัตรหรือเครือข่ายบัตร</translation>
    </message>
    <message>
        <source>The charge fails with insufficient_fund: the card has no funds left or has reached its credit limit.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย insufficient_fund: ยอดเงินในบัตรไม่เพียงพอหรือใช้เต็มวงเงินแล้ว</translation>
    </message>
    <message>
        <source>The charge fails with invalid_account_number: the issuer does not know the card&apos;s account.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย invalid_account_number: ธนาคารผู้ออกบัตรไม่พบบัญชีของบัตรนี้</translation>
    </message>
    <message>
        <source>The charge fails with invalid_security_code: the security code (CVV) is wrong.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย invalid_security_code: รหัสความปลอดภัย (CVV) ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The charge fails with payment_rejected: the issuer or the acquirer rejected the payment.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย payment_rejected: ธนาคารผู้ออกบัตรหรือธนาคารผู้รับบัตรปฏิเสธการชำระเงิน</translation>
    </message>
    <message>
        <source>The charge fails with stolen_or_lost_card: the issuer reports the card stolen or lost.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย stolen_or_lost_card: ธนาคารผู้ออกบัตรแจ้งว่าบัตรถูกขโมยหรือสูญหาย</translation>
    </message>
    <message>
        <source>The charge is complete: the amount was captured.</source>
        <translation>การเรียกเก็บเงินเสร็จสมบูรณ์: เรียกเก็บเงินจริงแล้ว</translation>
    </message>
    <message>
        <source>The charge is not final yet: authorized and waiting for capture, or waiting for the buyer&apos;s 3-D Secure step.</source>
        <translation>การเรียกเก็บเงินยังไม่จบ: อนุมัติวงเงินแล้วและรอเรียกเก็บเงินจริง (capture) หรือรอผู้ซื้อยืนยันตัวตนด้วย 3-D Secure</translation>
    </message>
    <message>
        <source>The charge succeeds (status successful).</source>
        <translation>การเรียกเก็บเงินสำเร็จ (สถานะ successful)</translation>
    </message>
    <message>
        <source>The checkout asks for the security code again (a new token), keeps the other fields filled, and the order stays unpaid.</source>
        <translation>หน้าชำระเงินขอรหัสความปลอดภัยใหม่ (สร้างโทเค็นใหม่) โดยช่องอื่นยังกรอกไว้เหมือนเดิม และคำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout asks for the security code again and keeps the order unpaid.</source>
        <translation>หน้าชำระเงินขอรหัสความปลอดภัยใหม่ และคำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout asks the buyer to check the card number or use another card.</source>
        <translation>หน้าชำระเงินขอให้ผู้ซื้อตรวจสอบหมายเลขบัตรหรือใช้บัตรใบอื่น</translation>
    </message>
    <message>
        <source>The checkout asks the buyer to check the card number or use another card; the order stays unpaid.</source>
        <translation>หน้าชำระเงินขอให้ผู้ซื้อตรวจสอบหมายเลขบัตรหรือใช้บัตรใบอื่น คำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout creates a new token for every attempt.</source>
        <translation>หน้าชำระเงินสร้างโทเค็นใหม่ทุกครั้งที่ลองชำระเงิน</translation>
    </message>
    <message>
        <source>The checkout declines without giving the reason, and the order stays unpaid.</source>
        <translation>หน้าชำระเงินปฏิเสธโดยไม่บอกเหตุผล และคำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout declines without saying why (nothing that helps a fraudster); the order stays unpaid, flagged for review if the shop does that.</source>
        <translation>หน้าชำระเงินปฏิเสธโดยไม่บอกเหตุผล (ไม่ให้ข้อมูลที่ช่วยผู้ทุจริต) คำสั่งซื้อยังไม่ชำระ และถูกส่งไปตรวจสอบถ้าร้านมีขั้นตอนนี้</translation>
    </message>
    <message>
        <source>The checkout does not mark the order paid yet: it waits for the webhook or reads the charge again.</source>
        <translation>หน้าชำระเงินยังไม่ถือว่าคำสั่งซื้อชำระแล้ว: รอ webhook หรืออ่านการเรียกเก็บเงินอีกครั้ง</translation>
    </message>
    <message>
        <source>The checkout marks the order paid, once, and shows its confirmation.</source>
        <translation>หน้าชำระเงินบันทึกว่าคำสั่งซื้อชำระแล้วเพียงครั้งเดียว และแสดงการยืนยัน</translation>
    </message>
    <message>
        <source>The checkout offers to try again and never charges twice: it reads the charge before creating another.</source>
        <translation>หน้าชำระเงินให้ลองอีกครั้งโดยไม่เรียกเก็บเงินซ้ำ: อ่านสถานะการเรียกเก็บเงินเดิมก่อนสร้างรายการใหม่</translation>
    </message>
    <message>
        <source>The checkout offers to try again with a new token and keeps the order unpaid.</source>
        <translation>หน้าชำระเงินให้ลองอีกครั้งด้วยโทเค็นใหม่ และคำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout offers to try again, keeps the order unpaid, and a new attempt uses a new token (a token is used once).</source>
        <translation>หน้าชำระเงินให้ลองอีกครั้ง คำสั่งซื้อยังไม่ชำระ และการลองใหม่ใช้โทเค็นใหม่ (โทเค็นหนึ่งใช้ได้ครั้งเดียว)</translation>
    </message>
    <message>
        <source>The checkout says the payment was declined and offers another card or payment method; the order stays unpaid.</source>
        <translation>หน้าชำระเงินแจ้งว่าการชำระเงินถูกปฏิเสธ และเสนอให้ใช้บัตรใบอื่นหรือวิธีชำระเงินอื่น คำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout says the payment was declined, keeps the order unpaid and lets the buyer try another card.</source>
        <translation>หน้าชำระเงินแจ้งว่าการชำระเงินถูกปฏิเสธ คำสั่งซื้อยังไม่ชำระ และให้ผู้ซื้อลองใช้บัตรใบอื่น</translation>
    </message>
    <message>
        <source>The checkout sends the buyer to authorize_uri, reads the charge again on return and shows a decline; it never marks the order paid on the redirect alone.</source>
        <translation>หน้าชำระเงินพาผู้ซื้อไปที่ authorize_uri เมื่อกลับมาแล้วอ่านการเรียกเก็บเงินอีกครั้งและแจ้งว่าถูกปฏิเสธ ต้องไม่ถือว่าคำสั่งซื้อชำระแล้วเพียงเพราะ redirect กลับมา</translation>
    </message>
    <message>
        <source>The checkout shows a clear decline, asks for another card and keeps the order unpaid.</source>
        <translation>หน้าชำระเงินแจ้งชัดเจนว่าถูกปฏิเสธ ขอให้ใช้บัตรใบอื่น และคำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout shows a decline and offers another card or payment method; the order stays unpaid.</source>
        <translation>หน้าชำระเงินแจ้งว่าถูกปฏิเสธ และเสนอให้ใช้บัตรใบอื่นหรือวิธีชำระเงินอื่น คำสั่งซื้อยังไม่ชำระ</translation>
    </message>
    <message>
        <source>The checkout shows a plain decline (not the reason), keeps the order unpaid and does not retry the card by itself.</source>
        <translation>หน้าชำระเงินแจ้งเพียงว่าการชำระเงินถูกปฏิเสธ (ไม่บอกเหตุผล) คำสั่งซื้อยังไม่ชำระ และไม่ลองตัดบัตรใบนี้ซ้ำเอง</translation>
    </message>
    <message>
        <source>The checkout shows a plain decline, keeps the order unpaid and does not retry the card.</source>
        <translation>หน้าชำระเงินแจ้งเพียงว่าถูกปฏิเสธ คำสั่งซื้อยังไม่ชำระ และไม่ลองตัดบัตรใบนี้ซ้ำ</translation>
    </message>
    <message>
        <source>The checkout shows a plain refusal and does not give the reason.</source>
        <translation>หน้าชำระเงินแจ้งเพียงว่าถูกปฏิเสธ และไม่บอกเหตุผล</translation>
    </message>
    <message>
        <source>The checkout shows each problem beside its field and creates no token until they are fixed.</source>
        <translation>หน้าชำระเงินแสดงปัญหาข้างช่องนั้น ๆ และไม่สร้างโทเค็นจนกว่าจะแก้ไขครบ</translation>
    </message>
    <message>
        <source>The checkout shows the order as paid and sends its confirmation.</source>
        <translation>หน้าชำระเงินแสดงว่าคำสั่งซื้อชำระเงินแล้ว และส่งการยืนยันคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>The checkout treats the order as unpaid and lets the buyer pay again.</source>
        <translation>หน้าชำระเงินถือว่าคำสั่งซื้อยังไม่ชำระ และให้ผู้ซื้อชำระเงินใหม่ได้</translation>
    </message>
    <message>
        <source>The order is not treated as paid; the shop asks for the payment again.</source>
        <translation>คำสั่งซื้อไม่ถือว่าชำระแล้ว และร้านขอให้ชำระเงินใหม่</translation>
    </message>
    <message>
        <source>The order shows as cancelled or unpaid, and nothing tries to capture it later.</source>
        <translation>คำสั่งซื้อแสดงเป็นยกเลิกหรือยังไม่ชำระ และไม่มีขั้นตอนใดพยายามเรียกเก็บเงินจริงภายหลัง</translation>
    </message>
    <message>
        <source>The order stays unpaid, and the checkout shows a decline and a way to try again.</source>
        <translation>คำสั่งซื้อยังไม่ชำระ และหน้าชำระเงินแจ้งว่าถูกปฏิเสธพร้อมทางให้ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The token has not been used in a charge yet, as far as the vault says.</source>
        <translation>เท่าที่ vault แจ้ง โทเค็นนี้ยังไม่ถูกใช้ในการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>The token was already used in a charge: a token is used once.</source>
        <translation>โทเค็นนี้ถูกใช้ในการเรียกเก็บเงินไปแล้ว: โทเค็นหนึ่งใช้ได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>The vault could not read the request.</source>
        <translation>vault อ่านคำขอไม่ได้</translation>
    </message>
    <message>
        <source>The vault does not know this token (another vault or account, or a typo).</source>
        <translation>vault ไม่รู้จักโทเค็นนี้ (อยู่ใน vault หรือบัญชีอื่น หรือพิมพ์ผิด)</translation>
    </message>
    <message>
        <source>The vault refused the card data; its message names the fields.</source>
        <translation>vault ปฏิเสธข้อมูลบัตร ข้อความจาก Omise ระบุช่องที่มีปัญหา</translation>
    </message>
    <message>
        <source>The vault refused the key: missing, wrong, or not a public key of this account.</source>
        <translation>vault ปฏิเสธคีย์: ไม่มีคีย์ คีย์ผิด หรือไม่ใช่คีย์สาธารณะของบัญชีนี้</translation>
    </message>
    <message>
        <source>The vault refused to create a token: the card failed the fraud check.</source>
        <translation>vault ไม่ยอมสร้างโทเค็น: บัตรไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>With 3-D Secure, the card cannot be enrolled: the charge ends failed (payment_rejected per a 2017 copy of Omise&apos;s docs; Omise does not confirm it). The outcome depends on the account&apos;s 3-D Secure setting: with it on, the charge first passes through pending with an authorize_uri (the verdict waits); with it off, the card may be charged like any other.</source>
        <translation>เมื่อใช้ 3-D Secure บัตรนี้ลงทะเบียน 3-D Secure ไม่ได้: การเรียกเก็บเงินจบที่ไม่สำเร็จ (payment_rejected ตามสำเนาเอกสารของ Omise ปี 2017 ซึ่ง Omise ไม่ได้ยืนยัน) ผลขึ้นอยู่กับการตั้งค่า 3-D Secure ของบัญชี: ถ้าเปิดไว้ การเรียกเก็บเงินจะผ่านสถานะ pending พร้อม authorize_uri ก่อน (ผลตรวจจะรอ) ถ้าปิดไว้ บัตรอาจถูกเรียกเก็บเงินได้เหมือนบัตรอื่น</translation>
    </message>
    <message>
        <source>With 3-D Secure, the card fails the bank&apos;s validation: the charge ends failed (payment_rejected per a 2017 copy of Omise&apos;s docs; Omise does not confirm it). The outcome depends on the account&apos;s 3-D Secure setting: with it on, the charge first passes through pending with an authorize_uri (the verdict waits); with it off, the card may be charged like any other.</source>
        <translation>เมื่อใช้ 3-D Secure บัตรนี้ไม่ผ่านการยืนยันของธนาคาร: การเรียกเก็บเงินจบที่ไม่สำเร็จ (payment_rejected ตามสำเนาเอกสารของ Omise ปี 2017 ซึ่ง Omise ไม่ได้ยืนยัน) ผลขึ้นอยู่กับการตั้งค่า 3-D Secure ของบัญชี: ถ้าเปิดไว้ การเรียกเก็บเงินจะผ่านสถานะ pending พร้อม authorize_uri ก่อน (ผลตรวจจะรอ) ถ้าปิดไว้ บัตรอาจถูกเรียกเก็บเงินได้เหมือนบัตรอื่น</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Attempt</source>
        <translation>การสร้าง</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Charge status</source>
        <translation>สถานะการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Charge: {charge}; expected: {expected}</source>
        <translation>การเรียกเก็บเงิน: {charge}; ที่ควรเป็น: {expected}</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>ระยะเวลา (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>รหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Error: {code} {message}</source>
        <translation>ข้อผิดพลาด: {code} {message}</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่ควรเป็น</translation>
    </message>
    <message>
        <source>Exported by Omise Test Token Generator.</source>
        <translation>ส่งออกโดย Omise Test Token Generator</translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation>รหัสสาเหตุที่ไม่สำเร็จ (failure code)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>บันทึกย่อ: {note}</translation>
    </message>
    <message numerus="yes">
        <source>Omise test tokens: %n result(s)</source>
        <translation>
            <numerusform>โทเค็นทดสอบ Omise: ผลทดสอบ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการสร้าง</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>ผลการสร้าง: {outcome}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลทดสอบ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>สถานการณ์ทดสอบ</translation>
    </message>
    <message>
        <source>Scenario: {scenario} ({card})</source>
        <translation>สถานการณ์ทดสอบ: {scenario} ({card})</translation>
    </message>
    <message>
        <source>Sent anyway: the vault&apos;s refusal was the expected end.</source>
        <translation>ส่งแม้ไม่ผ่านการตรวจ: vault ปฏิเสธตามที่ควรเป็น</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>กรณีทดสอบ</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Verdict: {verdict} ({reason})</source>
        <translation>ผลตรวจ: {verdict} ({reason})</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>not a date: {text} (give 2026-12-02 or 2026-12-02T10:00+07:00)</source>
        <translation>ไม่ใช่วันที่: {text} (ใช้ 2026-12-02 หรือ 2026-12-02T10:00+07:00)</translation>
    </message>
    <message>
        <source>{attempt}: left out, it has no result yet ({result}).</source>
        <translation>{attempt}: ไม่ได้ใส่ เพราะยังไม่มีผล ({result})</translation>
    </message>
    <message>
        <source>{attempt}: left out, its test case {key} is not a Jira key such as QA-123.</source>
        <translation>{attempt}: ไม่ได้ใส่ เพราะกรณีทดสอบ {key} ไม่ใช่คีย์ Jira แบบ QA-123</translation>
    </message>
    <message>
        <source>{attempt}: left out, its test case {key} names no TestRail case (C123).</source>
        <translation>{attempt}: ไม่ได้ใส่ เพราะกรณีทดสอบ {key} ไม่ได้ระบุเคสของ TestRail (C123)</translation>
    </message>
    <message>
        <source>{text} is in the future: nothing could match.</source>
        <translation>{text} เป็นเวลาในอนาคต จึงไม่มีรายการใดตรง</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>การสร้าง %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>รูปแบบ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>แถว (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>บันทึก… (&amp;S)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>CSV (Excel, LibreOffice)</source>
        <translation>CSV (เปิดใน Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>ยกเลิก (&amp;L)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Copied: paste it into the ticket.</source>
        <translation>คัดลอกแล้ว วางลงในตั๋วได้เลย</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>ส่งออกประวัติ</translation>
    </message>
    <message>
        <source>Filtered rows (as the history shows them)</source>
        <translation>แถวที่ผ่านตัวกรอง (ตามที่ประวัติแสดง)</translation>
    </message>
    <message>
        <source>JSON (versioned schema)</source>
        <translation>JSON (schema มีเวอร์ชัน)</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit XML (รายงานผลทดสอบ)</translation>
    </message>
    <message>
        <source>Jira wiki table</source>
        <translation>ตาราง Jira wiki</translation>
    </message>
    <message>
        <source>Making the export…</source>
        <translation>กำลังสร้างไฟล์ส่งออก…</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>ตาราง Markdown</translation>
    </message>
    <message>
        <source>Not saved: {path}: {reason}</source>
        <translation>บันทึกไม่ได้: {path}: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ไม่ได้บันทึก: {reason}</translation>
    </message>
    <message>
        <source>Only the attempts that made a &amp;token</source>
        <translation>เฉพาะการสร้างที่ได้โทเค็น (&amp;T)</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>ตัวอย่างไฟล์ส่งออก</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>บันทึกไฟล์ส่งออก</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>แถวที่เลือก</translation>
    </message>
    <message>
        <source>TestRail results (add_results_for_cases)</source>
        <translation>ผลทดสอบสำหรับ TestRail (add_results_for_cases)</translation>
    </message>
    <message>
        <source>Xray JSON (Cloud)</source>
        <translation>Xray JSON (รุ่น Cloud)</translation>
    </message>
    <message>
        <source>Xray JSON (Server, Data Center)</source>
        <translation>Xray JSON (รุ่น Server, Data Center)</translation>
    </message>
</context>
<context>
    <name>ExportLink</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>ส่งออกประวัติ… (&amp;E)</translation>
    </message>
    <message>
        <source>A curl command that sends this token&apos;s create request again</source>
        <translation>คำสั่ง curl ที่ส่งคำขอสร้างโทเค็นนี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Copied a curl command that creates the token again (set $CARD_NUMBER, $CARD_SECURITY_CODE, $OMISE_PUBLIC_KEY where it names them).</source>
        <translation>คัดลอกคำสั่ง curl ที่สร้างโทเค็นนี้ซ้ำแล้ว (ตั้งค่า $CARD_NUMBER, $CARD_SECURITY_CODE, $OMISE_PUBLIC_KEY ในจุดที่คำสั่งอ้างถึง)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL (create)</source>
        <translation>คัดลอกเป็น cURL สำหรับสร้าง (&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก… (&amp;X)</translation>
    </message>
    <message>
        <source>Export the history: CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail</source>
        <translation>ส่งออกประวัติ: CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail</translation>
    </message>
    <message>
        <source>No create request is kept for {token}.</source>
        <translation>ไม่มีคำขอสร้างที่เก็บไว้สำหรับ {token}</translation>
    </message>
    <message>
        <source>No curl command copied: {reason}</source>
        <translation>ไม่ได้คัดลอกคำสั่ง curl: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>{path} cannot be looked at ({reason}).</source>
        <translation>ตรวจดู {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder: name a file.</source>
        <translation>{path} เป็นโฟลเดอร์: ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} is not a plain file (a device or a pipe): name a file.</source>
        <translation>{path} ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือไปป์): ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} is one of this app&apos;s own files (its history, settings or Sandbox): an export would destroy it. Name a file in another folder.</source>
        <translation>{path} เป็นไฟล์ของแอปนี้เอง (ประวัติ การตั้งค่า หรือ Sandbox): การส่งออกจะทำลายไฟล์นี้ ระบุชื่อไฟล์ในโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>FastPath</name>
    <message>
        <source>Interrupted.</source>
        <translation>ถูกขัดจังหวะ</translation>
    </message>
    <message>
        <source>The running app closed the connection before the command finished (it may have quit); its history shows what was created.</source>
        <translation>แอปที่เปิดอยู่ปิดการเชื่อมต่อก่อนคำสั่งทำงานเสร็จ (แอปอาจถูกปิดไปแล้ว) ดูได้ในประวัติของแอปว่าสร้างอะไรไปแล้วบ้าง</translation>
    </message>
    <message>
        <source>The running app gave no answer for {seconds} s, so the command stopped waiting; its history shows what was created.</source>
        <translation>แอปที่เปิดอยู่ไม่ตอบกลับเป็นเวลา {seconds} วินาที คำสั่งจึงหยุดรอ ดูได้ในประวัติของแอปว่าสร้างอะไรไปแล้วบ้าง</translation>
    </message>
    <message>
        <source>The running app&apos;s answer could not be read ({reason}); its history shows what was created.</source>
        <translation>อ่านคำตอบของแอปที่เปิดอยู่ไม่ได้ ({reason}) ดูได้ในประวัติของแอปว่าสร้างอะไรไปแล้วบ้าง</translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Hide {section}</source>
        <translation>ซ่อน{section}</translation>
    </message>
    <message>
        <source>Show {section}</source>
        <translation>แสดง{section}</translation>
    </message>
    <message>
        <source>{title} — {note}</source>
        <translation>{title} — {note}</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>Copied {ids}</source>
        <translation>คัดลอก {ids} แล้ว</translation>
    </message>
    <message>
        <source>Copied {ids} to the clipboard (for omise-token on the command line).</source>
        <translation>คัดลอก {ids} ไปยังคลิปบอร์ดแล้ว (ให้ omise-token บนบรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <source>Created {token_id} from the command line ({what}).</source>
        <translation>สร้าง {token_id} จากบรรทัดคำสั่งแล้ว ({what})</translation>
    </message>
    <message>
        <source>from omise-token</source>
        <translation>จาก omise-token</translation>
    </message>
    <message>
        <source>only token ids can be copied</source>
        <translation>คัดลอกได้เฉพาะรหัสโทเค็น (token id) เท่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} · {profile}</source>
        <translation>{what} · {profile}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>The history file was damaged ({why}). It was moved to {aside}; %n token(s) that could still be read were copied into a new history.</source>
        <translation>
            <numerusform>ไฟล์ประวัติเสียหาย ({why}) ย้ายไฟล์เดิมไปไว้ที่ {aside} แล้ว และคัดลอกโทเค็นที่ยังอ่านได้ %n รายการไปไว้ในประวัติใหม่</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was damaged ({why}); another running copy of the app repaired it first.</source>
        <translation>ไฟล์ประวัติเสียหาย ({why}) แอปอีกตัวที่เปิดอยู่ซ่อมให้เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>The history file {path} cannot be used: {why}.</source>
        <translation>ใช้ไฟล์ประวัติ {path} ไม่ได้: {why}</translation>
    </message>
    <message>
        <source>The history file {path} could not be written: {why}.</source>
        <translation>เขียนไฟล์ประวัติ {path} ไม่ได้: {why}</translation>
    </message>
    <message>
        <source>The history file {path} is being repaired by another running copy of the app.</source>
        <translation>แอปอีกตัวที่เปิดอยู่กำลังซ่อมไฟล์ประวัติ {path}</translation>
    </message>
    <message>
        <source>The history file {path} is damaged: {why}</source>
        <translation>ไฟล์ประวัติ {path} เสียหาย: {why}</translation>
    </message>
    <message>
        <source>The history file {path} was written by a newer version of the app (schema {schema}; this version knows {known}).</source>
        <translation>ไฟล์ประวัติ {path} ถูกเขียนโดยแอปเวอร์ชันที่ใหม่กว่า (schema {schema} แต่เวอร์ชันนี้รู้จักถึง {known})</translation>
    </message>
    <message>
        <source>The history folder {folder} cannot be created: {why}.</source>
        <translation>สร้างโฟลเดอร์ประวัติ {folder} ไม่ได้: {why}</translation>
    </message>
    <message>
        <source>another program holds a lock on it</source>
        <translation>มีโปรแกรมอื่นล็อกไฟล์นี้อยู่</translation>
    </message>
    <message>
        <source>it cannot be opened (is its folder read-only or missing?)</source>
        <translation>เปิดไฟล์ไม่ได้ (โฟลเดอร์ของไฟล์เป็นแบบอ่านอย่างเดียว หรือไม่มีอยู่หรือเปล่า)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>ไฟล์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Capturing the charge of {token}…</source>
        <translation>กำลังเรียกเก็บเงินจริง (capture) ของ {token}…</translation>
    </message>
    <message>
        <source>Charge {outcome} · {verdict}</source>
        <translation>การเรียกเก็บเงิน: {outcome} · {verdict}</translation>
    </message>
    <message>
        <source>Charging {token} on the Sandbox…</source>
        <translation>กำลังเรียกเก็บเงินด้วย {token} บน Sandbox…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token ids, one a line ({used} already used: a checkout given a used id will fail).</source>
        <translation>
            <numerusform>คัดลอก id ของโทเค็น %n รายการแล้ว บรรทัดละหนึ่ง id (ใช้ไปแล้ว {used} รายการ: หน้าชำระเงินที่ได้รับ id ที่ใช้แล้วจะล้มเหลว)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token ids, one a line.</source>
        <translation>
            <numerusform>คัดลอก id ของโทเค็น %n รายการแล้ว บรรทัดละหนึ่ง id</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a curl command that retrieves the token.</source>
        <translation>คัดลอกคำสั่ง curl สำหรับดึงข้อมูลโทเค็นแล้ว</translation>
    </message>
    <message>
        <source>Copied the JSON of {token}.</source>
        <translation>คัดลอก JSON ของ {token} แล้ว</translation>
    </message>
    <message>
        <source>Copied used token {token}.</source>
        <translation>คัดลอกโทเค็นที่ใช้ไปแล้ว {token} แล้ว</translation>
    </message>
    <message>
        <source>Copied {token}.</source>
        <translation>คัดลอก {token} แล้ว</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>คัดลอกทั้งอย่างนั้น</translation>
    </message>
    <message>
        <source>Create a fresh token with the same card</source>
        <translation>สร้างโทเค็นใหม่ด้วยบัตรเดิม</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n</source>
        <translation>
            <numerusform>ลบ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s) from the history? The tokens themselves stay on the vault.</source>
        <translation>
            <numerusform>ลบโทเค็น %n รายการออกจากประวัติหรือไม่ ตัวโทเค็นยังคงอยู่บน vault</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>ลบออกจากประวัติ</translation>
    </message>
    <message>
        <source>Delete {token} from the history? The token itself stays on the vault.</source>
        <translation>ลบ {token} ออกจากประวัติหรือไม่ ตัวโทเค็นยังคงอยู่บน vault</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s) from the history.</source>
        <translation>
            <numerusform>ลบโทเค็น %n รายการออกจากประวัติแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {deleted} of %n token(s); then: {reason}</source>
        <translation>
            <numerusform>ลบไปแล้ว {deleted} จาก %n รายการ แล้วเกิดปัญหา: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {token} from the history.</source>
        <translation>ลบ {token} ออกจากประวัติแล้ว</translation>
    </message>
    <message>
        <source>No curl command copied: {reason}</source>
        <translation>ไม่ได้คัดลอกคำสั่ง curl: {reason}</translation>
    </message>
    <message>
        <source>Nothing to refresh: every token has a final status.</source>
        <translation>ไม่มีอะไรให้รีเฟรช: ทุกโทเค็นมีสถานะสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>Refresh: {reason}</source>
        <translation>รีเฟรช: {reason}</translation>
    </message>
    <message>
        <source>Reversing the charge of {token}…</source>
        <translation>กำลังยกเลิกรายการ (reverse) ของ {token}…</translation>
    </message>
    <message>
        <source>Simulate charge: {reason}</source>
        <translation>จำลองการเรียกเก็บเงิน: {reason}</translation>
    </message>
    <message>
        <source>This was a typed-in card; its full number was never stored, so type it again to make a fresh token.</source>
        <translation>บัตรนี้พิมพ์เอง และไม่เคยเก็บหมายเลขบัตรเต็มไว้ พิมพ์หมายเลขบัตรอีกครั้งเพื่อสร้างโทเค็นใหม่</translation>
    </message>
    <message>
        <source>Token already used</source>
        <translation>โทเค็นนี้ใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>no expected outcome known</source>
        <translation>ไม่ทราบผลที่ควรเป็น</translation>
    </message>
    <message>
        <source>{token} was already used (charge: {status}). A token can be used only once: a checkout given this id will fail.</source>
        <translation>{token} ใช้ไปแล้ว (การเรียกเก็บเงิน: {status}) โทเค็นใช้ได้ครั้งเดียว หน้าชำระเงินที่ได้รับ id นี้จะล้มเหลว</translation>
    </message>
    <message>
        <source>✔ Copied</source>
        <translation>✔ คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>HistoryColumns</name>
    <message>
        <source>(typed-in card)</source>
        <translation>(บัตรที่พิมพ์เอง)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>network fault</source>
        <translation>ปัญหาเครือข่าย</translation>
    </message>
    <message>
        <source>no answer read</source>
        <translation>ไม่ได้รับคำตอบ</translation>
    </message>
    <message>
        <source>refused here</source>
        <translation>แอปปฏิเสธ</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ยังไม่ใช้</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>vault error</source>
        <translation>vault ตอบข้อผิดพลาด</translation>
    </message>
    <message>
        <source>◐ status matches</source>
        <translation>◐ สถานะตรง</translation>
    </message>
    <message>
        <source>◷ pending</source>
        <translation>◷ รอดำเนินการ</translation>
    </message>
    <message>
        <source>✔ matches</source>
        <translation>✔ ตรงตามที่ควรเป็น</translation>
    </message>
    <message>
        <source>✘ expected {outcome}</source>
        <translation>✘ ควรเป็น {outcome}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>Charge status</source>
        <translation>สถานะการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Charge status: {status}</source>
        <translation>สถานะการเรียกเก็บเงิน: {status}</translation>
    </message>
    <message>
        <source>Click Copy (or press Ctrl+C) to copy the id</source>
        <translation>คลิก คัดลอก (หรือกด Ctrl+C) เพื่อคัดลอก id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Created {time}</source>
        <translation>สร้างเมื่อ {time}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Failure code: {code}</source>
        <translation>รหัสสาเหตุที่ไม่สำเร็จ (failure code): {code}</translation>
    </message>
    <message>
        <source>Last refreshed {time}</source>
        <translation>รีเฟรชล่าสุด {time}</translation>
    </message>
    <message>
        <source>Not a catalog test card: no expected outcome is known.</source>
        <translation>ไม่ใช่บัตรทดสอบจากรายการบัตรทดสอบ: ไม่ทราบผลที่ควรเป็น</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการสร้าง</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Scenario · expected</source>
        <translation>สถานการณ์ทดสอบ · ที่ควรเป็น</translation>
    </message>
    <message>
        <source>Scenario: {label}</source>
        <translation>สถานการณ์ทดสอบ: {label}</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>กรณีทดสอบ</translation>
    </message>
    <message>
        <source>To check in the checkout: {check}</source>
        <translation>สิ่งที่ต้องตรวจในหน้าชำระเงิน: {check}</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>id โทเค็น</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>การใช้งาน</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message numerus="yes">
        <source>%n new token(s) hidden by the filter</source>
        <translation>
            <numerusform>โทเค็นใหม่ %n รายการถูกตัวกรองซ่อนไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens match the filter.
Show all tokens to see every one.</source>
        <translation>ไม่มีโทเค็นที่ตรงกับตัวกรอง
เลือกแสดงโทเค็นทั้งหมดเพื่อดูทุกรายการ</translation>
    </message>
    <message>
        <source>No tokens match “{words}”.
Clear the filter to see every token.</source>
        <translation>ไม่มีโทเค็นที่ตรงกับ “{words}”
ล้างตัวกรองเพื่อดูโทเค็นทั้งหมด</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} attempt(s)</source>
        <translation>
            <numerusform>{shown} จาก {total} ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} token(s)</source>
        <translation>
            <numerusform>{shown} จาก {total} โทเค็น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} attempt(s)</source>
        <translation>
            <numerusform>{total} ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} token(s)</source>
        <translation>
            <numerusform>{total} โทเค็น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>รีเฟรชอัตโนมัติ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>ลบ %n รายการ (&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>โทเค็นทั้งหมด</translation>
    </message>
    <message>
        <source>Ask the vault again about every token whose charge is not final yet (unused, or used and pending). Tokens with a final status do not change and are not asked about.</source>
        <translation>ถาม vault อีกครั้งถึงทุกโทเค็นที่การเรียกเก็บเงินยังไม่ถึงสถานะสุดท้าย (ยังไม่ใช้ หรือใช้แล้วแต่ยังรอดำเนินการ) โทเค็นที่มีสถานะสุดท้ายแล้วจะไม่เปลี่ยนอีก จึงไม่ถูกถาม</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n &amp;ids</source>
        <translation>
            <numerusform>คัดลอก id %n รายการ (&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>คัดลอก JSON (&amp;J)</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>คัดลอก id (&amp;I)</translation>
    </message>
    <message>
        <source>Copy cur&amp;l</source>
        <translation>คัดลอก curl (&amp;L)</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>กรองประวัติ</translation>
    </message>
    <message>
        <source>Filter history (id, card, scenario, status…)</source>
        <translation>กรองประวัติ (id, บัตร, สถานการณ์ทดสอบ, สถานะ…)</translation>
    </message>
    <message>
        <source>Last refreshed: never</source>
        <translation>รีเฟรชล่าสุด: ยังไม่เคย</translation>
    </message>
    <message>
        <source>Last refreshed: {time}</source>
        <translation>รีเฟรชล่าสุด: {time}</translation>
    </message>
    <message>
        <source>Last refreshed: {time} ({ok} ok)</source>
        <translation>รีเฟรชล่าสุด: {time} (สำเร็จ {ok})</translation>
    </message>
    <message>
        <source>Last refreshed: {time} ({ok} ok, {failed} failed)</source>
        <translation>รีเฟรชล่าสุด: {time} (สำเร็จ {ok}, ไม่สำเร็จ {failed})</translation>
    </message>
    <message>
        <source>Open the row menu</source>
        <translation>เปิดเมนูของแถว</translation>
    </message>
    <message>
        <source>Refresh &amp;unfinished</source>
        <translation>รีเฟรชรายการที่ยังไม่จบ (&amp;U)</translation>
    </message>
    <message>
        <source>Refresh unfinished</source>
        <translation>รีเฟรชรายการที่ยังไม่จบ</translation>
    </message>
    <message>
        <source>Selected token:</source>
        <translation>โทเค็นที่เลือก:</translation>
    </message>
    <message>
        <source>Show used or unused tokens</source>
        <translation>แสดงโทเค็นที่ใช้แล้วหรือยังไม่ใช้</translation>
    </message>
    <message>
        <source>Simulate char&amp;ge</source>
        <translation>จำลองการเรียกเก็บเงิน (&amp;G)</translation>
    </message>
    <message>
        <source>Token history</source>
        <translation>ประวัติโทเค็น</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>ยังไม่ใช้</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>ใช้แล้ว</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key was not checked.</source>
        <translation>ยังไม่ได้ตรวจสอบคีย์</translation>
    </message>
    <message>
        <source>The vault answered unexpectedly.</source>
        <translation>vault ตอบกลับผิดจากที่คาดไว้</translation>
    </message>
    <message>
        <source>✔ The key works: the vault accepted it.</source>
        <translation>✔ คีย์ใช้ได้: vault ยอมรับคีย์นี้</translation>
    </message>
    <message>
        <source>✘ The vault refused this key (authentication failed).</source>
        <translation>✘ vault ปฏิเสธคีย์นี้ (ยืนยันตัวตนไม่สำเร็จ)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>(no key)</source>
        <translation>(ไม่มีคีย์)</translation>
    </message>
    <message>
        <source>No key given. Paste your public test key (pkey_test_…).</source>
        <translation>ยังไม่ได้ใส่คีย์ ให้วางคีย์สาธารณะโหมดทดสอบ (pkey_test_…)</translation>
    </message>
    <message>
        <source>Public test key: accepted.</source>
        <translation>คีย์สาธารณะโหมดทดสอบ: ใช้ได้</translation>
    </message>
    <message>
        <source>This is a LIVE public key. This tool only accepts test keys (pkey_test_…). Nothing was sent.</source>
        <translation>นี่คือคีย์สาธารณะของโหมดใช้งานจริง (LIVE) เครื่องมือนี้รับเฉพาะคีย์ทดสอบ (pkey_test_…) ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This is a LIVE secret key. Secret keys are never needed to create tokens, and live keys are never accepted; use your public test key (pkey_test_…). Nothing was sent. If this key was shared by mistake, roll it in the Omise dashboard.</source>
        <translation>นี่คือคีย์ลับของโหมดใช้งานจริง (LIVE) การสร้างโทเค็นไม่ต้องใช้คีย์ลับเลย และไม่รับคีย์โหมดใช้งานจริงในทุกกรณี ให้ใช้คีย์สาธารณะโหมดทดสอบ (pkey_test_…) ยังไม่มีการส่งข้อมูลใด ๆ หากคีย์นี้หลุดออกไปโดยไม่ตั้งใจ ให้เปลี่ยนคีย์ (roll) ในแดชบอร์ด Omise</translation>
    </message>
    <message>
        <source>This is a chain key. This tool only accepts public test keys (pkey_test_…). Nothing was sent.</source>
        <translation>นี่คือ chain key เครื่องมือนี้รับเฉพาะคีย์สาธารณะโหมดทดสอบ (pkey_test_…) ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This is a secret key. Secret keys are never needed to create tokens; use your public test key (pkey_test_…). Nothing was sent.</source>
        <translation>นี่คือคีย์ลับ การสร้างโทเค็นไม่ต้องใช้คีย์ลับเลย ให้ใช้คีย์สาธารณะโหมดทดสอบ (pkey_test_…) ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This is not a valid Omise public test key. It must be pkey_test_ followed by lowercase letters and digits only. Nothing was sent.</source>
        <translation>นี่ไม่ใช่คีย์สาธารณะโหมดทดสอบของ Omise ที่ถูกต้อง ต้องขึ้นต้นด้วย pkey_test_ ตามด้วยตัวพิมพ์เล็กและตัวเลขเท่านั้น ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy last token id</source>
        <translation>คัดลอก id ของโทเค็นล่าสุด (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Filter history</source>
        <translation>กรองประวัติ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ปุ่มลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reset card form</source>
        <translation>รีเซ็ตฟอร์มบัตร (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Find &amp;test card</source>
        <translation>ค้นหาบัตรทดสอบ (&amp;T)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>โปรไฟล์:</translation>
    </message>
    <message>
        <source>Ready. Pick a test card, then Create (Ctrl+Enter).</source>
        <translation>พร้อมแล้ว เลือกบัตรทดสอบ แล้วกดสร้าง (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Repairing the damaged history file: {count} token(s) copied so far…</source>
        <translation>
            <numerusform>กำลังซ่อมไฟล์ประวัติที่เสียหาย: คัดลอกโทเค็นแล้ว {count} รายการ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing the damaged history file…</source>
        <translation>กำลังซ่อมไฟล์ประวัติที่เสียหาย…</translation>
    </message>
    <message>
        <source>Settings and history</source>
        <translation>การตั้งค่าและประวัติ</translation>
    </message>
    <message>
        <source>Settings could not be saved: {error}</source>
        <translation>บันทึกการตั้งค่าไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Starting the Sandbox…</source>
        <translation>กำลังเริ่ม Sandbox…</translation>
    </message>
    <message>
        <source>Tokens are now created with the profile “{name}”.</source>
        <translation>จากนี้จะสร้างโทเค็นด้วยโปรไฟล์ “{name}”</translation>
    </message>
</context>
<context>
    <name>ModeMarker</name>
    <message>
        <source>Active profile</source>
        <translation>โปรไฟล์ที่ใช้อยู่</translation>
    </message>
    <message>
        <source>SANDBOX (offline) · built-in emulator on {where}</source>
        <translation>SANDBOX (ออฟไลน์) · ตัวจำลองในแอปที่ {where}</translation>
    </message>
    <message>
        <source>SANDBOX (offline) · built-in emulator on {where} (its usual port was taken)</source>
        <translation>SANDBOX (ออฟไลน์) · ตัวจำลองในแอปที่ {where} (พอร์ตปกติถูกใช้งานอยู่)</translation>
    </message>
    <message>
        <source>SANDBOX — {product}</source>
        <translation>SANDBOX (ออฟไลน์) — {product}</translation>
    </message>
    <message>
        <source>TEST MODE · {host} · {key} · profile “{profile}”</source>
        <translation>โหมดทดสอบ · {host} · {key} · โปรไฟล์ “{profile}”</translation>
    </message>
    <message>
        <source>TEST MODE · {profile} — {product}</source>
        <translation>โหมดทดสอบ · {profile} — {product}</translation>
    </message>
    <message>
        <source>Tokens are created by the emulator built into this app; nothing leaves the computer.</source>
        <translation>โทเค็นสร้างโดยตัวจำลองที่อยู่ในแอปนี้ ไม่มีข้อมูลใดออกจากเครื่อง</translation>
    </message>
    <message>
        <source>Tokens are created on Omise&apos;s test vault with this profile&apos;s public test key.</source>
        <translation>โทเค็นสร้างบน vault ทดสอบของ Omise ด้วยคีย์สาธารณะสำหรับทดสอบของโปรไฟล์นี้</translation>
    </message>
    <message>
        <source>Where tokens go</source>
        <translation>ปลายทางของโทเค็น</translation>
    </message>
    <message>
        <source>Which profile new tokens are created with (saved at once)</source>
        <translation>โปรไฟล์ที่ใช้สร้างโทเค็นใหม่ (บันทึกทันที)</translation>
    </message>
</context>
<context>
    <name>PickerRanking</name>
    <message>
        <source>Ranking reset: Frequent counts the tokens you create from now on; the history keeps every token.</source>
        <translation>รีเซ็ตการจัดอันดับแล้ว: ส่วนใช้บ่อยจะนับเฉพาะโทเค็นที่สร้างจากนี้ไป ประวัติยังเก็บโทเค็นทุกรายการไว้</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>Proxy problem: {problem}</source>
        <translation>พร็อกซีมีปัญหา: {problem}</translation>
    </message>
    <message>
        <source>Proxy: none, direct connection (no_proxy names this host).</source>
        <translation>พร็อกซี: ไม่ใช้ เชื่อมต่อโดยตรง (no_proxy ระบุโฮสต์นี้ไว้)</translation>
    </message>
    <message>
        <source>Proxy: none, direct connection.</source>
        <translation>พร็อกซี: ไม่ใช้ เชื่อมต่อโดยตรง</translation>
    </message>
    <message>
        <source>Proxy: none. Traffic to this computer (the Sandbox) never uses a proxy.</source>
        <translation>พร็อกซี: ไม่ใช้ การเชื่อมต่อไปยังเครื่องนี้ (Sandbox) ไม่ผ่านพร็อกซีเลย</translation>
    </message>
    <message>
        <source>Proxy: {proxy} (from {source}).</source>
        <translation>พร็อกซี: {proxy} (จาก {source})</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>ตัวแปรสภาพแวดล้อม</translation>
    </message>
    <message>
        <source>the proxy setting is not a usable proxy URL (expected http://host:port). Fix or unset it; the Sandbox works without it.</source>
        <translation>ค่าพร็อกซีที่ตั้งไว้ไม่ใช่ URL พร็อกซีที่ใช้ได้ (ควรเป็น http://host:port) ให้แก้ไขหรือลบค่านี้ออก Sandbox ใช้งานได้โดยไม่ต้องมีพร็อกซี</translation>
    </message>
    <message>
        <source>the proxy {proxy} is a SOCKS proxy, which this app does not support. Use an http:// proxy or unset it; the Sandbox works without it.</source>
        <translation>พร็อกซี {proxy} เป็นพร็อกซีแบบ SOCKS ซึ่งแอปนี้ไม่รองรับ ให้ใช้พร็อกซี http:// หรือลบค่านี้ออก Sandbox ใช้งานได้โดยไม่ต้องมีพร็อกซี</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>การตั้งค่าพร็อกซีของระบบ</translation>
    </message>
</context>
<context>
    <name>QCocoaTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Ask the vault again whether the selected token was used, and its charge</source>
        <translation>ถาม vault อีกครั้งว่าโทเค็นที่เลือกถูกใช้แล้วหรือยัง และสถานะการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Cancel is disabled: no token is being created</source>
        <translation>ยกเลิกไม่ได้: ไม่มีโทเค็นที่กำลังสร้าง</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>คัดลอก JSON</translation>
    </message>
    <message>
        <source>Copy a curl command that retrieves the selected token from its vault</source>
        <translation>คัดลอกคำสั่ง curl ที่ดึงโทเค็นที่เลือกจาก vault ของมัน</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>คัดลอก curl</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>คัดลอก id</translation>
    </message>
    <message>
        <source>Copy the selected token id to the clipboard</source>
        <translation>คัดลอก id ของโทเค็นที่เลือกไปยังคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Copy the vault&apos;s JSON answer for the selected token</source>
        <translation>คัดลอกคำตอบ JSON ของ vault สำหรับโทเค็นที่เลือก</translation>
    </message>
    <message>
        <source>Copy: no token yet (create one first)</source>
        <translation>คัดลอก: ยังไม่มีโทเค็น (สร้างก่อน)</translation>
    </message>
    <message>
        <source>Create a token from the card form</source>
        <translation>สร้างโทเค็นจากฟอร์มบัตร</translation>
    </message>
    <message>
        <source>Create is disabled until the Sandbox has started</source>
        <translation>ยังสร้างไม่ได้จนกว่า Sandbox จะเริ่มทำงาน</translation>
    </message>
    <message>
        <source>Create is disabled until the app has finished starting</source>
        <translation>ยังสร้างไม่ได้จนกว่าแอปจะเปิดเสร็จ</translation>
    </message>
    <message>
        <source>Create is disabled while a token is being created (Esc cancels it)</source>
        <translation>สร้างไม่ได้ระหว่างที่กำลังสร้างโทเค็นอยู่ (Esc เพื่อยกเลิก)</translation>
    </message>
    <message>
        <source>Create is disabled: the card has problems (see the fields). Tick &apos;Send anyway&apos; to send it regardless.</source>
        <translation>สร้างไม่ได้: บัตรมีปัญหา (ดูที่ช่องต่าง ๆ) ติ๊ก &apos;ส่งไปทั้งอย่างนั้น&apos; เพื่อส่งทั้งที่มีปัญหา</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete the selected token(s) from the history (the vault keeps them)</source>
        <translation>ลบโทเค็นที่เลือกออกจากประวัติ (vault ยังเก็บไว้)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Refresh unfinished is disabled while a refresh is running</source>
        <translation>รีเฟรชรายการที่ยังไม่จบไม่ได้ระหว่างที่กำลังรีเฟรชอยู่</translation>
    </message>
    <message>
        <source>Send this card with its problems, as a negative test</source>
        <translation>ส่งบัตรนี้ทั้งที่มีปัญหา เพื่อทดสอบกรณีผิดพลาด</translation>
    </message>
    <message>
        <source>Simulate charge</source>
        <translation>จำลองการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Simulate charge works only on Sandbox tokens</source>
        <translation>จำลองการเรียกเก็บเงินได้เฉพาะโทเค็นของ Sandbox</translation>
    </message>
    <message>
        <source>Simulate charge works only on unused tokens: this one is already used</source>
        <translation>จำลองการเรียกเก็บเงินได้เฉพาะโทเค็นที่ยังไม่ใช้: โทเค็นนี้ใช้แล้ว</translation>
    </message>
    <message>
        <source>Use the selected Sandbox token for a charge on the emulator, to see the verdict</source>
        <translation>ใช้โทเค็น Sandbox ที่เลือกเรียกเก็บเงินบนตัวจำลอง เพื่อดูผลตรวจ</translation>
    </message>
    <message>
        <source>{action} works on one token at a time: select just one</source>
        <translation>{action} ทำได้ทีละหนึ่งโทเค็น: เลือกเพียงรายการเดียว</translation>
    </message>
    <message>
        <source>{action}: select a token in the history first</source>
        <translation>{action}: เลือกโทเค็นในประวัติก่อน</translation>
    </message>
    <message>
        <source>{text} ({keys})</source>
        <translation>{text} ({keys})</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <source>No token in the history yet: create one first.</source>
        <translation>ยังไม่มีโทเค็นในประวัติ: สร้างโทเค็นก่อน</translation>
    </message>
</context>
<context>
    <name>SandboxCharges</name>
    <message>
        <source>The Sandbox answered something not a charge.</source>
        <translation>Sandbox ตอบกลับมาเป็นข้อมูลที่ไม่ใช่การเรียกเก็บเงิน (Charge)</translation>
    </message>
    <message>
        <source>The Sandbox could not charge the token.</source>
        <translation>Sandbox เรียกเก็บเงินด้วยโทเค็นนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The Sandbox&apos;s 3-D Secure page is not on the Sandbox.</source>
        <translation>หน้า 3-D Secure ที่ Sandbox ให้มาไม่ได้อยู่บน Sandbox</translation>
    </message>
    <message>
        <source>The amount must be between {low} and {high} {currency}.</source>
        <translation>จำนวนเงินต้องอยู่ระหว่าง {low} ถึง {high} {currency}</translation>
    </message>
</context>
<context>
    <name>SandboxNote</name>
    <message>
        <source>Dismiss the Sandbox note</source>
        <translation>ปิดหมายเหตุเรื่อง Sandbox</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Hide this note; it is not shown again</source>
        <translation>ซ่อนหมายเหตุนี้ และจะไม่แสดงอีก</translation>
    </message>
    <message>
        <source>You are on the Sandbox: its tokens exist only in the emulator built into this app, so a checkout backed by Omise (its test or live vault) will not accept them. To test a real checkout, add a profile with your Omise public test key (it starts with pkey_test_) in File → Settings, then choose it under Profile at the top right.</source>
        <translation>ตอนนี้คุณใช้ Sandbox อยู่ โทเค็นของ Sandbox มีอยู่เฉพาะในตัวจำลองที่อยู่ในแอปนี้ หน้าชำระเงิน (checkout) ที่เชื่อมกับ Omise (vault ทดสอบหรือ vault ใช้งานจริง) จึงไม่รับโทเค็นเหล่านี้ หากต้องการทดสอบหน้าชำระเงินจริง ให้เพิ่มโปรไฟล์ที่มีคีย์สาธารณะสำหรับทดสอบของ Omise (ขึ้นต้นด้วย pkey_test_) ในไฟล์ → การตั้งค่า แล้วเลือกโปรไฟล์นั้นที่ช่องโปรไฟล์มุมขวาบน</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The history file is being repaired.</source>
        <translation>กำลังซ่อมไฟล์ประวัติ</translation>
    </message>
    <message>
        <source>The history file needs a repair ({why}) that could not be done now: {problem} Tokens you create are shown but not saved. Close other copies of the app and start it again.</source>
        <translation>ไฟล์ประวัติต้องซ่อม ({why}) แต่ตอนนี้ซ่อมไม่ได้: {problem} โทเค็นที่สร้างจะแสดงแต่ไม่ถูกบันทึก ปิดแอปที่เปิดอยู่ตัวอื่นแล้วเปิดแอปใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The repaired history could not be opened: {problem}</source>
        <translation>เปิดประวัติที่ซ่อมแล้วไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>a repair was interrupted</source>
        <translation>การซ่อมครั้งก่อนถูกขัดจังหวะ</translation>
    </message>
    <message>
        <source>{why} It is shown read-only: new tokens are shown but not saved.</source>
        <translation>{why} จึงแสดงแบบอ่านอย่างเดียว: โทเค็นใหม่จะแสดงแต่ไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>{why} New tokens are shown but not saved.</source>
        <translation>{why} โทเค็นใหม่จะแสดงแต่ไม่ถูกบันทึก</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A profile entry that was not readable was skipped.</source>
        <translation>ข้ามรายการโปรไฟล์ที่อ่านไม่ได้ไปหนึ่งรายการ</translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation>มีโปรไฟล์ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>A profile needs a short, printable name.</source>
        <translation>โปรไฟล์ต้องมีชื่อสั้น ๆ ที่เป็นตัวอักษรแสดงผลได้</translation>
    </message>
    <message>
        <source>Port {port} was taken by another program, so the Sandbox runs on {url} this time. A curl or backend pointed at the usual port will not reach it until the app is restarted with that port free (or the port is changed in Settings).</source>
        <translation>พอร์ต {port} ถูกโปรแกรมอื่นใช้อยู่ ครั้งนี้ Sandbox จึงทำงานที่ {url} คำสั่ง curl หรือ backend ที่ชี้ไปยังพอร์ตเดิมจะเชื่อมต่อไม่ได้ จนกว่าจะเปิดแอปใหม่ตอนที่พอร์ตนั้นว่าง (หรือเปลี่ยนพอร์ตในการตั้งค่า)</translation>
    </message>
    <message>
        <source>Profile {name} was not loaded: {why}</source>
        <translation>ไม่ได้โหลดโปรไฟล์ {name}: {why}</translation>
    </message>
    <message>
        <source>Settings could not be saved to {path} ({reason}). The change applies until you quit, and is lost then.</source>
        <translation>บันทึกการตั้งค่าลง {path} ไม่ได้ ({reason}) การเปลี่ยนแปลงจะมีผลจนกว่าจะปิดแอป แล้วจะหายไป</translation>
    </message>
    <message>
        <source>The Sandbox profile cannot be renamed.</source>
        <translation>เปลี่ยนชื่อโปรไฟล์ Sandbox ไม่ได้</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted.</source>
        <translation>โปรไฟล์ Sandbox มีมาในตัวแอป ลบไม่ได้</translation>
    </message>
    <message>
        <source>The colour scheme {scheme} in the settings file is not System, Light or Dark; the window follows the system&apos;s light or dark scheme.</source>
        <translation>ชุดสี {scheme} ในไฟล์การตั้งค่าไม่ใช่ตามระบบ สว่าง หรือมืด หน้าต่างจะใช้โหมดสว่างหรือมืดตามระบบ</translation>
    </message>
    <message>
        <source>The rate limit must be between {low} and {high} creates a second.</source>
        <translation>ขีดจำกัดอัตราต้องอยู่ระหว่าง {low} ถึง {high} ครั้งต่อวินาที</translation>
    </message>
    <message>
        <source>The settings file was ignored because {why}. It was moved to {aside}; defaults loaded.</source>
        <translation>ไม่ได้ใช้ไฟล์การตั้งค่าเพราะ{why} ย้ายไฟล์ไปไว้ที่ {aside} แล้ว และโหลดค่าเริ่มต้นแทน</translation>
    </message>
    <message>
        <source>The settings file {path} was ignored because {why}; defaults loaded.</source>
        <translation>ไม่ได้ใช้ไฟล์การตั้งค่า {path} เพราะ{why} จึงโหลดค่าเริ่มต้นแทน</translation>
    </message>
    <message>
        <source>Timeout must be between {low} and {high} seconds.</source>
        <translation>ระยะหมดเวลาต้องอยู่ระหว่าง {low} ถึง {high} วินาที</translation>
    </message>
    <message>
        <source>Unknown API version {version}; use one of {versions}.</source>
        <translation>ไม่รู้จักเวอร์ชัน API {version} ให้ใช้หนึ่งในนี้: {versions}</translation>
    </message>
    <message>
        <source>it could not be read ({error})</source>
        <translation>อ่านไฟล์ไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>it is not valid settings JSON</source>
        <translation>ไม่ใช่ JSON การตั้งค่าที่ถูกต้อง</translation>
    </message>
    <message>
        <source>unknown settings version {version}</source>
        <translation>ไม่รู้จักเวอร์ชันของการตั้งค่า {version}</translation>
    </message>
    <message>
        <source>{variable} was ignored: {why}</source>
        <translation>ไม่ได้ใช้ {variable}: {why}</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(โปรไฟล์ใหม่)</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>เวอร์ชัน API</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Auto-refresh unused tokens every</source>
        <translation>รีเฟรชโทเค็นที่ยังไม่ใช้โดยอัตโนมัติทุก</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>ตรวจสอบคีย์</translation>
    </message>
    <message>
        <source>Checking the key with the vault…</source>
        <translation>กำลังตรวจสอบคีย์กับ vault…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>ชุดสี</translation>
    </message>
    <message>
        <source>Copy the token id to the clipboard on create</source>
        <translation>คัดลอก id ของโทเค็นไปยังคลิปบอร์ดเมื่อสร้าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Days the history keeps</source>
        <translation>จำนวนวันที่ประวัติเก็บไว้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>ลบโปรไฟล์</translation>
    </message>
    <message>
        <source>Delete the profile “{name}”? Its tokens stay in the history.</source>
        <translation>ลบโปรไฟล์ “{name}” ใช่ไหม โทเค็นของโปรไฟล์นี้ยังอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Forget tokens and attempts older than</source>
        <translation>ลบโทเค็นและครั้งที่ลองสร้างที่เก่ากว่า</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>ทำงานต่อในถาดระบบเมื่อปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Light or dark window; applies at once.</source>
        <translation>หน้าต่างแบบสว่างหรือมืด มีผลทันที</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>No installed font draws Thai, so Thai text may show as boxes. Install a Thai font (Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg) and start the app again.</source>
        <translation>เครื่องนี้ไม่มีฟอนต์ที่แสดงภาษาไทยได้ ข้อความภาษาไทยจึงอาจแสดงเป็นกล่องสี่เหลี่ยม ให้ติดตั้งฟอนต์ภาษาไทย (Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg) แล้วเปิดแอปใหม่</translation>
    </message>
    <message>
        <source>No key needed: the Sandbox accepts any test key.</source>
        <translation>ไม่ต้องใช้คีย์: Sandbox รับคีย์ทดสอบทุกคีย์</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows no tray icons (on GNOME, the AppIndicator extension adds them). Everything works from this window as before, and closing it quits the app.</source>
        <translation>ไม่มีไอคอนในถาดระบบ: เดสก์ท็อปนี้ไม่แสดงไอคอนในถาดระบบ (บน GNOME ติดตั้งส่วนขยาย AppIndicator เพื่อให้แสดงได้) ทุกอย่างยังใช้งานได้จากหน้าต่างนี้เหมือนเดิม และเมื่อปิดหน้าต่างแอปจะปิดไปด้วย</translation>
    </message>
    <message>
        <source>Older tokens and attempts are forgotten at start and once a day.</source>
        <translation>โทเค็นและครั้งที่ลองสร้างที่เก่ากว่านี้จะถูกลบตอนเปิดแอปและวันละครั้ง</translation>
    </message>
    <message>
        <source>Omise recommends not keeping tokens around. Off: the history keeps everything until you clear it (Edit → Clear history…).</source>
        <translation>Omise แนะนำไม่ให้เก็บโทเค็นไว้นาน ปิด: ประวัติเก็บทุกอย่างไว้จนกว่าคุณจะล้างเอง (แก้ไข → ล้างประวัติ…)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>ชื่อโปรไฟล์</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>คีย์สาธารณะ</translation>
    </message>
    <message>
        <source>Public test key</source>
        <translation>คีย์สาธารณะโหมดทดสอบ</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>แสดงคีย์</translation>
    </message>
    <message>
        <source>Sandbox URL now: {url}</source>
        <translation>URL ของ Sandbox ตอนนี้: {url}</translation>
    </message>
    <message>
        <source>Sandbox port</source>
        <translation>พอร์ตของ Sandbox</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>บันทึกโปรไฟล์</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>บันทึก “{name}” แล้ว</translation>
    </message>
    <message>
        <source>Settings — profiles and keys</source>
        <translation>การตั้งค่า — โปรไฟล์และคีย์</translation>
    </message>
    <message>
        <source>System (follow the computer&apos;s light or dark setting)</source>
        <translation>ตามระบบ (ใช้โหมดสว่างหรือมืดตามที่ตั้งไว้ในเครื่อง)</translation>
    </message>
    <message>
        <source>System (the computer&apos;s language)</source>
        <translation>ตามระบบ (ภาษาของเครื่อง)</translation>
    </message>
    <message>
        <source>Test profile {n}</source>
        <translation>โปรไฟล์ทดสอบ {n}</translation>
    </message>
    <message>
        <source>The Sandbox is built in: an Omise vault emulator inside this app, on 127.0.0.1. It needs no key and no network, and cannot be deleted.</source>
        <translation>Sandbox มีมาในตัวแอป: เป็นตัวจำลอง vault ของ Omise ที่ทำงานในแอปนี้ที่ 127.0.0.1 ไม่ต้องใช้คีย์ ไม่ต้องใช้เครือข่าย และลบไม่ได้</translation>
    </message>
    <message>
        <source>The port the Sandbox listens on at 127.0.0.1, the same at every start (default {port}). A change applies when the app is next started.</source>
        <translation>พอร์ตที่ Sandbox รอรับการเชื่อมต่อที่ 127.0.0.1 ใช้พอร์ตเดิมทุกครั้งที่เปิดแอป (ค่าเริ่มต้น {port}) การเปลี่ยนแปลงจะมีผลเมื่อเปิดแอปครั้งถัดไป</translation>
    </message>
    <message>
        <source>The window&apos;s and omise-token&apos;s language; applies at once.</source>
        <translation>ภาษาของหน้าต่างและของ omise-token มีผลทันที</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>ระยะหมดเวลา</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>ใช้โปรไฟล์นี้</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>URL ของ vault</translation>
    </message>
    <message>
        <source>http://127.0.0.1 (built-in emulator, starting)</source>
        <translation>http://127.0.0.1 (ตัวจำลองในตัว กำลังเริ่มทำงาน)</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>ยังไม่เริ่มทำงาน</translation>
    </message>
    <message>
        <source>see the lines under the key, URL and name.</source>
        <translation>ดูข้อความใต้ช่องคีย์ URL และชื่อ</translation>
    </message>
    <message>
        <source>{name}  (active)</source>
        <translation>{name}  (ใช้อยู่)</translation>
    </message>
    <message>
        <source>{url} (built-in emulator)</source>
        <translation>{url} (ตัวจำลองในตัว)</translation>
    </message>
    <message>
        <source>✔ Public test key {key}</source>
        <translation>✔ คีย์สาธารณะโหมดทดสอบ {key}</translation>
    </message>
</context>
<context>
    <name>SettingsTips</name>
    <message>
        <source>Add a new profile for a public test key</source>
        <translation>เพิ่มโปรไฟล์ใหม่สำหรับคีย์สาธารณะโหมดทดสอบ</translation>
    </message>
    <message>
        <source>Ask the vault every few seconds about tokens whose charge is not final yet</source>
        <translation>ถาม vault ทุกไม่กี่วินาทีถึงโทเค็นที่การเรียกเก็บเงินยังไม่มีผลสุดท้าย</translation>
    </message>
    <message>
        <source>Ask the vault whether this key works (nothing is created)</source>
        <translation>ถาม vault ว่าคีย์นี้ใช้ได้หรือไม่ (ไม่มีการสร้างอะไร)</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>ช่วงเวลารีเฟรชอัตโนมัติ</translation>
    </message>
    <message>
        <source>Check key is disabled until the key and vault URL are valid, or while a check is running</source>
        <translation>ยังตรวจสอบคีย์ไม่ได้จนกว่าคีย์และ URL ของ vault จะถูกต้อง หรือระหว่างที่กำลังตรวจสอบอยู่</translation>
    </message>
    <message>
        <source>Close Settings</source>
        <translation>ปิดการตั้งค่า</translation>
    </message>
    <message>
        <source>Closing the window keeps the app running in the tray</source>
        <translation>ปิดหน้าต่างแล้วแอปยังทำงานต่อในถาดระบบ</translation>
    </message>
    <message>
        <source>Copy each new token id to the clipboard as it is created</source>
        <translation>คัดลอก id ของโทเค็นใหม่ไปยังคลิปบอร์ดทันทีที่สร้าง</translation>
    </message>
    <message>
        <source>Create tokens with the selected profile from now on</source>
        <translation>ใช้โปรไฟล์ที่เลือกสร้างโทเค็นตั้งแต่นี้ไป</translation>
    </message>
    <message>
        <source>Delete the selected profile (its tokens stay in the history)</source>
        <translation>ลบโปรไฟล์ที่เลือก (โทเค็นของโปรไฟล์นี้ยังอยู่ในประวัติ)</translation>
    </message>
    <message>
        <source>How long to wait for the vault before giving up</source>
        <translation>ระยะเวลาที่รอ vault ตอบก่อนจะเลิกรอ</translation>
    </message>
    <message>
        <source>How often auto-refresh asks, in seconds</source>
        <translation>ความถี่ในการรีเฟรชอัตโนมัติ (วินาที)</translation>
    </message>
    <message>
        <source>Save profile is disabled until the name, key and vault URL are valid</source>
        <translation>ยังบันทึกโปรไฟล์ไม่ได้จนกว่าชื่อ คีย์ และ URL ของ vault จะถูกต้อง</translation>
    </message>
    <message>
        <source>Save this profile&apos;s changes</source>
        <translation>บันทึกการแก้ไขของโปรไฟล์นี้</translation>
    </message>
    <message>
        <source>Select a profile in the list first</source>
        <translation>เลือกโปรไฟล์ในรายการก่อน</translation>
    </message>
    <message>
        <source>Show the key as typed</source>
        <translation>แสดงคีย์ตามที่พิมพ์</translation>
    </message>
    <message>
        <source>The Omise API version sent with each request</source>
        <translation>เวอร์ชัน API ของ Omise ที่ส่งไปกับทุกคำขอ</translation>
    </message>
    <message>
        <source>The Sandbox is built in: it needs no key and cannot be changed</source>
        <translation>Sandbox มีมาในตัวแอป: ไม่ต้องใช้คีย์ และแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>The Sandbox needs no key check</source>
        <translation>Sandbox ไม่ต้องตรวจสอบคีย์</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in and cannot be deleted</source>
        <translation>โปรไฟล์ Sandbox มีมาในตัวแอป ลบไม่ได้</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in: there is nothing to save</source>
        <translation>โปรไฟล์ Sandbox มีมาในตัวแอป: ไม่มีอะไรให้บันทึก</translation>
    </message>
    <message>
        <source>The profile&apos;s name, shown in the marker and the history</source>
        <translation>ชื่อโปรไฟล์ ที่แสดงในป้ายกำกับและในประวัติ</translation>
    </message>
    <message>
        <source>The vault that creates tokens (https://vault.omise.co)</source>
        <translation>vault ที่สร้างโทเค็น (https://vault.omise.co)</translation>
    </message>
    <message>
        <source>There is no tray icon on this desktop: closing the window quits</source>
        <translation>เดสก์ท็อปนี้ไม่มีไอคอนในถาดระบบ: ปิดหน้าต่างแล้วแอปจะปิดไปด้วย</translation>
    </message>
    <message>
        <source>This profile is already in use</source>
        <translation>ใช้โปรไฟล์นี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Your profiles; the one in use says (active)</source>
        <translation>โปรไฟล์ของคุณ โปรไฟล์ที่ใช้อยู่จะมีคำว่า (ใช้อยู่)</translation>
    </message>
    <message>
        <source>Your public test key from the Omise dashboard (pkey_test_…)</source>
        <translation>คีย์สาธารณะโหมดทดสอบจากแดชบอร์ด Omise (pkey_test_…)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + ตัวอักษรที่ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>ทุกที่ในหน้าต่าง</translation>
    </message>
    <message>
        <source>Ask the vault again about the selected token</source>
        <translation>ถาม vault อีกครั้งเกี่ยวกับโทเค็นที่เลือก</translation>
    </message>
    <message>
        <source>Cancel the token being created</source>
        <translation>ยกเลิกโทเค็นที่กำลังสร้าง</translation>
    </message>
    <message>
        <source>Copy a curl command that retrieves the selected token</source>
        <translation>คัดลอกคำสั่ง curl ที่ดึงข้อมูลโทเค็นที่เลือก</translation>
    </message>
    <message>
        <source>Copy the expiry the card form would use (MM/YY)</source>
        <translation>คัดลอกวันหมดอายุที่ฟอร์มบัตรจะใช้ (MM/YY)</translation>
    </message>
    <message>
        <source>Copy the highlighted card&apos;s number (a public test number)</source>
        <translation>คัดลอกหมายเลขบัตรที่เลือกอยู่ (หมายเลขทดสอบสาธารณะ)</translation>
    </message>
    <message>
        <source>Copy the last token id (the newest in the history, also one from before a restart)</source>
        <translation>คัดลอก id ของโทเค็นล่าสุด (โทเค็นใหม่สุดในประวัติ รวมถึงโทเค็นจากก่อนเปิดแอปใหม่)</translation>
    </message>
    <message>
        <source>Copy the number, expiry and security code, one per line</source>
        <translation>คัดลอกหมายเลขบัตร วันหมดอายุ และรหัสความปลอดภัย บรรทัดละรายการ</translation>
    </message>
    <message>
        <source>Copy the security code the card form would use</source>
        <translation>คัดลอกรหัสความปลอดภัยที่ฟอร์มบัตรจะใช้</translation>
    </message>
    <message>
        <source>Copy the selected token id (or ids)</source>
        <translation>คัดลอก id ของโทเค็นที่เลือก (หนึ่งหรือหลายรายการ)</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s JSON</source>
        <translation>คัดลอก JSON ของโทเค็นที่เลือก</translation>
    </message>
    <message>
        <source>Create a token from the card form</source>
        <translation>สร้างโทเค็นจากฟอร์มบัตร</translation>
    </message>
    <message>
        <source>Delete the selected token(s) from the history</source>
        <translation>ลบโทเค็นที่เลือกออกจากประวัติ</translation>
    </message>
    <message>
        <source>Export the history (CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail)</source>
        <translation>ส่งออกประวัติ (CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail)</translation>
    </message>
    <message>
        <source>Fill the card form with this card</source>
        <translation>กรอกฟอร์มบัตรด้วยบัตรนี้</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>กรองประวัติ</translation>
    </message>
    <message>
        <source>In the history table</source>
        <translation>ในตารางประวัติ</translation>
    </message>
    <message>
        <source>In the test-card list</source>
        <translation>ในรายการบัตรทดสอบ</translation>
    </message>
    <message>
        <source>In the test-card search</source>
        <translation>ในช่องค้นหาบัตรทดสอบ</translation>
    </message>
    <message>
        <source>Move into the results; the highlighted card fills the card form</source>
        <translation>ไปยังผลการค้นหา บัตรที่ไฮไลต์จะถูกกรอกลงในฟอร์มบัตร</translation>
    </message>
    <message>
        <source>Next or previous control (the history table is one stop; arrows move inside it)</source>
        <translation>ไปยังตัวควบคุมถัดไปหรือก่อนหน้า (ตารางประวัตินับเป็นจุดเดียว ใช้ลูกศรเลื่อนภายในตาราง)</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>เปิดการตั้งค่า</translation>
    </message>
    <message>
        <source>Open the Omise page the highlighted card comes from</source>
        <translation>เปิดหน้าของ Omise ที่เป็นที่มาของบัตรที่เลือกอยู่</translation>
    </message>
    <message>
        <source>Open the menu of the highlighted card</source>
        <translation>เปิดเมนูของบัตรที่ไฮไลต์</translation>
    </message>
    <message>
        <source>Open the menu of the selected row</source>
        <translation>เปิดเมนูของแถวที่เลือก</translation>
    </message>
    <message>
        <source>Pin the highlighted card to the top of the list, or unpin it</source>
        <translation>ปักหมุดบัตรที่ไฮไลต์ไว้ด้านบนของรายการ หรือเลิกปักหมุด</translation>
    </message>
    <message>
        <source>Press that button or open that menu</source>
        <translation>กดปุ่มหรือเปิดเมนูนั้น</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากแอป</translation>
    </message>
    <message>
        <source>Reset the card form to the default card</source>
        <translation>รีเซ็ตฟอร์มบัตรกลับเป็นบัตรเริ่มต้น</translation>
    </message>
    <message>
        <source>Search the test cards</source>
        <translation>ค้นหาบัตรทดสอบ</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>แสดงรายการปุ่มลัดนี้</translation>
    </message>
    <message>
        <source>Simulate charge: use the selected Sandbox token on the emulator</source>
        <translation>จำลองการเรียกเก็บเงิน: ใช้โทเค็น Sandbox ที่เลือกกับตัวจำลอง</translation>
    </message>
    <message>
        <source>or</source>
        <comment>between two keys</comment>
        <translation>หรือ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>ปิดรายการนี้</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>ปุ่มลัดทั้งหมดของหน้าต่าง</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — {product}</source>
        <translation>ปุ่มลัด — {product}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ใช้ที่</translation>
    </message>
</context>
<context>
    <name>SimulateDialog</name>
    <message>
        <source>3-D Secure (the Sandbox asks for it)</source>
        <translation>3-D Secure (Sandbox ขอให้ยืนยัน)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Authorize only (capture or reverse later)</source>
        <translation>อนุมัติวงเงินเท่านั้น (capture หรือ reverse ภายหลัง)</translation>
    </message>
    <message>
        <source>Between {low} and {high} {currency} (the Sandbox account&apos;s limits).</source>
        <translation>ระหว่าง {low} ถึง {high} {currency} (วงเงินของบัญชี Sandbox)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>เรียกเก็บเงินจริง (Capture)</translation>
    </message>
    <message>
        <source>Capture now</source>
        <translation>เรียกเก็บเงินจริงทันที (capture)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Charge {token} on the Sandbox.</source>
        <translation>เรียกเก็บเงินด้วย {token} บน Sandbox</translation>
    </message>
    <message>
        <source>Failure code to force</source>
        <translation>รหัสสาเหตุที่ไม่สำเร็จ (failure code) ที่จะบังคับ</translation>
    </message>
    <message>
        <source>Force a different outcome: fail with</source>
        <translation>บังคับผลลัพธ์อื่น: ให้ไม่สำเร็จด้วย</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ยกเลิกรายการ (Reverse)</translation>
    </message>
    <message>
        <source>Simulate charge</source>
        <translation>จำลองการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>The buyer fails</source>
        <translation>ผู้ซื้อยืนยันไม่ผ่าน</translation>
    </message>
    <message>
        <source>The buyer passes</source>
        <translation>ผู้ซื้อยืนยันผ่าน</translation>
    </message>
    <message>
        <source>The charge of {token} is authorized, not captured yet.</source>
        <translation>การเรียกเก็บเงินของ {token} อนุมัติวงเงินแล้ว แต่ยังไม่ได้เรียกเก็บเงินจริง (capture)</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>omise-token-gui: no installed font draws Thai, so the window is in English (Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg).</source>
        <translation>omise-token-gui: ไม่มีฟอนต์ในเครื่องที่แสดงภาษาไทยได้ หน้าต่างจึงแสดงเป็นภาษาอังกฤษ (Debian/Ubuntu: sudo apt-get install fonts-thai-tlwg)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{path} is held by another process</source>
        <translation>{path} ถูกโปรเซสอื่นใช้งานอยู่</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>Simulate charge works only on Sandbox tokens: a real vault&apos;s charges need your backend and its secret key.</source>
        <translation>จำลองการเรียกเก็บเงินใช้ได้กับโทเค็นของ Sandbox เท่านั้น การเรียกเก็บเงินกับ vault จริงต้องทำผ่านแบ็กเอนด์ของคุณและคีย์ลับของแบ็กเอนด์นั้น</translation>
    </message>
    <message>
        <source>The Sandbox charged {token}; the charge was not stored.</source>
        <translation>Sandbox เรียกเก็บเงินด้วย {token} แล้ว แต่ไม่ได้บันทึกการเรียกเก็บเงินนี้ไว้</translation>
    </message>
    <message>
        <source>The Sandbox has no charge of {token}.</source>
        <translation>Sandbox ไม่มีการเรียกเก็บเงินของ {token}</translation>
    </message>
    <message>
        <source>The card has problems; nothing was sent. Fix them, or tick &apos;Send anyway&apos; to test how the vault answers.</source>
        <translation>ข้อมูลบัตรมีปัญหา ยังไม่ได้ส่งอะไรออกไป แก้ไขให้ถูกต้อง หรือติ๊ก “ส่งไปทั้งอย่างนั้น” เพื่อทดสอบว่า vault ตอบกลับอย่างไร</translation>
    </message>
    <message>
        <source>The profile {profile} that created this token no longer exists.</source>
        <translation>ไม่มีโปรไฟล์ {profile} ที่ใช้สร้างโทเค็นนี้แล้ว</translation>
    </message>
    <message>
        <source>The vault answered for {token}; its new status was not stored.</source>
        <translation>vault ตอบกลับสำหรับ {token} แล้ว แต่ไม่ได้บันทึกสถานะใหม่ไว้</translation>
    </message>
    <message>
        <source>The vault answered with another token than {token}; nothing was stored.</source>
        <translation>vault ตอบกลับด้วยโทเค็นอื่นที่ไม่ใช่ {token} จึงไม่ได้บันทึกอะไรไว้</translation>
    </message>
    <message>
        <source>The vault answered with {token}, the id of a token already in the history. The answer was not stored; the history was left as it was.</source>
        <translation>vault ตอบกลับด้วย {token} ซึ่งเป็น id ของโทเค็นที่มีอยู่ในประวัติแล้ว จึงไม่ได้บันทึกคำตอบนี้ และประวัติยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>{token} is not in the history.</source>
        <translation>ไม่มี {token} ในประวัติ</translation>
    </message>
    <message>
        <source>{token} was not deleted.</source>
        <translation>ไม่ได้ลบ {token}</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>A request may not carry proxy credentials of its own.</source>
        <translation>คำขอต้องไม่มีข้อมูลยืนยันตัวตนของพร็อกซีมาเอง</translation>
    </message>
    <message>
        <source>Could not reach the vault through the proxy {proxy}. Check the proxy setting (Settings shows which one is used).</source>
        <translation>เชื่อมต่อ vault ผ่านพร็อกซี {proxy} ไม่ได้ ตรวจสอบการตั้งค่าพร็อกซี (หน้าการตั้งค่าแสดงว่าใช้พร็อกซีตัวไหนอยู่)</translation>
    </message>
    <message>
        <source>Nothing was sent: {problem}</source>
        <translation>ยังไม่ได้ส่งอะไรออกไป: {problem}</translation>
    </message>
    <message>
        <source>Only http(s) requests are made, not {scheme}.</source>
        <translation>แอปส่งคำขอแบบ http(s) เท่านั้น ไม่ใช่ {scheme}</translation>
    </message>
    <message>
        <source>Plain http:// goes only to this computer.</source>
        <translation>http:// แบบไม่เข้ารหัสใช้ได้กับเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>The request URL holds a key.</source>
        <translation>URL ของคำขอมีคีย์อยู่</translation>
    </message>
    <message>
        <source>The request URL holds a user name or key.</source>
        <translation>URL ของคำขอมีชื่อผู้ใช้หรือคีย์อยู่</translation>
    </message>
    <message>
        <source>{name}={value} could not be used as the list of trusted certificates ({error}). Fix or unset it.</source>
        <translation>ไม่สามารถใช้ {name}={value} เป็นรายการใบรับรองที่เชื่อถือได้ ({error}) ให้แก้ไขหรือลบค่านี้</translation>
    </message>
    <message>
        <source>{reason} Nothing was sent.</source>
        <translation>{reason} ยังไม่ได้ส่งอะไรออกไป</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Copy last token id ({token_id})</source>
        <translation>คัดลอก id โทเค็นล่าสุด ({token_id})</translation>
    </message>
    <message>
        <source>Copy last token id: {reason}</source>
        <translation>คัดลอก id โทเค็นล่าสุด: {reason}</translation>
    </message>
    <message>
        <source>Create a token and copy it:</source>
        <translation>สร้างโทเค็นแล้วคัดลอก:</translation>
    </message>
    <message>
        <source>Creating a token: {scenario}…</source>
        <translation>กำลังสร้างโทเค็น: {scenario}…</translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation>ใช้บ่อย</translation>
    </message>
    <message>
        <source>It was already used (charge: {status}): a checkout given this id will fail.</source>
        <translation>โทเค็นนี้ใช้แล้ว (การเรียกเก็บเงิน: {status}) หน้าชำระเงินที่ได้รับ id นี้จะไม่สำเร็จ</translation>
    </message>
    <message>
        <source>New tokens now use the profile {name}.</source>
        <translation>โทเค็นใหม่จะใช้โปรไฟล์ {name} นับจากนี้</translation>
    </message>
    <message>
        <source>No token copied</source>
        <translation>ไม่ได้คัดลอกโทเค็น</translation>
    </message>
    <message>
        <source>No token created</source>
        <translation>ไม่ได้สร้างโทเค็น</translation>
    </message>
    <message>
        <source>No tray icon: this desktop shows no tray icons (on GNOME, the AppIndicator extension adds them). Everything works from this window as before, and closing it quits the app.</source>
        <translation>ไม่มีไอคอนในถาดระบบ: เดสก์ท็อปนี้ไม่แสดงไอคอนในถาดระบบ (บน GNOME ให้ติดตั้งส่วนขยาย AppIndicator) ทุกอย่างยังใช้งานจากหน้าต่างนี้ได้เหมือนเดิม และการปิดหน้าต่างจะเป็นการปิดแอป</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>เปิดหน้าต่าง</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>เปลี่ยนโปรไฟล์แล้ว</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>โปรไฟล์: {name}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากแอป</translation>
    </message>
    <message>
        <source>Token copied</source>
        <translation>คัดลอกโทเค็นแล้ว</translation>
    </message>
    <message>
        <source>Token created, with a problem</source>
        <translation>สร้างโทเค็นแล้ว แต่มีปัญหา</translation>
    </message>
    <message>
        <source>Token id copied</source>
        <translation>คัดลอก id โทเค็นแล้ว</translation>
    </message>
    <message>
        <source>Your pinned and most used scenarios appear here: pin a test card in the window (★) or create a token with one.</source>
        <translation>สถานการณ์ทดสอบที่ปักหมุดและที่ใช้บ่อยจะแสดงที่นี่: ปักหมุดบัตรทดสอบในหน้าต่าง (★) หรือสร้างโทเค็นด้วยบัตรนั้น</translation>
    </message>
    <message>
        <source>typed-in card</source>
        <translation>บัตรที่พิมพ์เอง</translation>
    </message>
    <message>
        <source>{brand} •••• {last4} · {scenario} · profile {profile}</source>
        <translation>{brand} •••• {last4} · {scenario} · โปรไฟล์ {profile}</translation>
    </message>
    <message>
        <source>{scenario} · profile {profile}</source>
        <translation>{scenario} · โปรไฟล์ {profile}</translation>
    </message>
    <message>
        <source>{scenario} · {brand} •••• {last4}</source>
        <translation>{scenario} · {brand} •••• {last4}</translation>
    </message>
    <message>
        <source>★ {scenario}</source>
        <translation>★ {scenario}</translation>
    </message>
</context>
<context>
    <name>TrayLink</name>
    <message>
        <source>Copied, but NOT saved to the history: {reason}</source>
        <translation>คัดลอกแล้ว แต่ไม่ได้บันทึกลงประวัติ: {reason}</translation>
    </message>
    <message>
        <source>Created {token_id} and copied it.</source>
        <translation>สร้าง {token_id} และคัดลอกแล้ว</translation>
    </message>
    <message>
        <source>Created {token_id} from the tray — copied to the clipboard.</source>
        <translation>สร้าง {token_id} จากถาดระบบแล้ว และคัดลอกไปยังคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>ทำงานต่อในถาดระบบ</translation>
    </message>
    <message>
        <source>Keep running in the tray?</source>
        <translation>ให้ทำงานต่อในถาดระบบไหม</translation>
    </message>
    <message>
        <source>Keep {product} running in the tray when you close this window? Its tray icon creates and copies tokens for your recent scenarios. Choose Quit in the tray menu to quit. You can change this later in Settings.</source>
        <translation>ให้ {product} ทำงานต่อในถาดระบบเมื่อปิดหน้าต่างนี้ไหม ไอคอนในถาดระบบใช้สร้างและคัดลอกโทเค็นของสถานการณ์ทดสอบที่ใช้ล่าสุดได้ หากต้องการออกจากแอป ให้เลือก ออกจากแอป ในเมนูของถาดระบบ เปลี่ยนตัวเลือกนี้ได้ภายหลังในการตั้งค่า</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากแอป</translation>
    </message>
    <message>
        <source>Still running in the tray</source>
        <translation>ยังทำงานอยู่ในถาดระบบ</translation>
    </message>
    <message>
        <source>The app is still starting; try again.</source>
        <translation>แอปยังเริ่มทำงานไม่เสร็จ ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Unknown scenario {scenario!r}.</source>
        <translation>ไม่รู้จักสถานการณ์ทดสอบ {scenario!r}</translation>
    </message>
    <message>
        <source>{product} keeps running here. Open its window or quit it from this icon&apos;s menu.</source>
        <translation>{product} ยังทำงานอยู่ที่นี่ เปิดหน้าต่างหรือออกจากแอปได้จากเมนูของไอคอนนี้</translation>
    </message>
</context>
<context>
    <name>UnsavedProfile</name>
    <message>
        <source>It cannot be saved as it is: {why_not} Discard it, or cancel.</source>
        <translation>บันทึกในสภาพนี้ไม่ได้: {why_not} ละทิ้ง หรือยกเลิก</translation>
    </message>
    <message>
        <source>Save it, discard it, or cancel to keep editing.</source>
        <translation>บันทึก ละทิ้ง หรือยกเลิกเพื่อแก้ไขต่อ</translation>
    </message>
    <message>
        <source>The new profile without a name is not saved yet.</source>
        <translation>โปรไฟล์ใหม่ที่ยังไม่มีชื่อยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The new profile “{name}” is not saved yet.</source>
        <translation>โปรไฟล์ใหม่ “{name}” ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The profile without a name has changes that are not saved.</source>
        <translation>โปรไฟล์ที่ยังไม่มีชื่อมีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The profile “{name}” has changes that are not saved.</source>
        <translation>โปรไฟล์ “{name}” มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>โปรไฟล์ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>(unprintable)</source>
        <translation>(แสดงไม่ได้)</translation>
    </message>
    <message>
        <source>A network error stopped the request ({error}).</source>
        <translation>คำขอหยุดลงเพราะข้อผิดพลาดของเครือข่าย ({error})</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the vault could not be made: its certificate was not trusted or the handshake failed.</source>
        <translation>สร้างการเชื่อมต่อที่ปลอดภัย (TLS) กับ vault ไม่ได้: ใบรับรองไม่น่าเชื่อถือหรือ handshake ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Could not connect to the vault. Check the network and the vault URL.</source>
        <translation>เชื่อมต่อ vault ไม่ได้ ตรวจสอบเครือข่ายและ URL ของ vault</translation>
    </message>
    <message>
        <source>Not a token id: {id}.</source>
        <translation>ไม่ใช่ token id: {id}</translation>
    </message>
    <message>
        <source>The Sandbox could not charge the token.</source>
        <translation>Sandbox เรียกเก็บเงินด้วยโทเค็นนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The connection to the vault was dropped before a full answer arrived.</source>
        <translation>การเชื่อมต่อกับ vault หลุดก่อนได้รับคำตอบครบ</translation>
    </message>
    <message>
        <source>The vault URL cannot be used ({error}). Nothing was sent.</source>
        <translation>ใช้ URL ของ vault นี้ไม่ได้ ({error}) ยังไม่ได้ส่งอะไรออกไป</translation>
    </message>
    <message>
        <source>The vault answered HTTP {status} with a body that is not JSON.</source>
        <translation>vault ตอบกลับ HTTP {status} พร้อมเนื้อหาที่ไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>The vault answered HTTP {status} without an Omise error object.</source>
        <translation>vault ตอบกลับ HTTP {status} โดยไม่มีออบเจกต์ error ของ Omise</translation>
    </message>
    <message>
        <source>The vault answered HTTP {status}, not a token (redirects are never followed).</source>
        <translation>vault ตอบกลับ HTTP {status} ไม่ใช่โทเค็น (แอปไม่ตาม redirect)</translation>
    </message>
    <message>
        <source>The vault answered with a LIVE token (livemode is not false). It was refused and not stored. Check that this profile points at a test vault.</source>
        <translation>vault ตอบกลับด้วยโทเค็นของโหมดใช้งานจริง (livemode ไม่ใช่ false) จึงถูกปฏิเสธและไม่ได้บันทึกไว้ ตรวจสอบว่าโปรไฟล์นี้ชี้ไปที่ vault ของโหมดทดสอบ</translation>
    </message>
    <message>
        <source>The vault answered with an error (HTTP {status}).</source>
        <translation>vault ตอบกลับด้วยข้อผิดพลาด (HTTP {status})</translation>
    </message>
    <message>
        <source>The vault could not read the request.</source>
        <translation>vault อ่านคำขอไม่ได้</translation>
    </message>
    <message>
        <source>The vault did not answer within {seconds} seconds.</source>
        <translation>vault ไม่ตอบกลับภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>The vault does not know this token.</source>
        <translation>vault ไม่รู้จักโทเค็นนี้</translation>
    </message>
    <message>
        <source>The vault had a server error (HTTP {status}). Try again in a moment.</source>
        <translation>เซิร์ฟเวอร์ของ vault เกิดข้อผิดพลาด (HTTP {status}) ลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The vault refused the card data.</source>
        <translation>vault ปฏิเสธข้อมูลบัตร</translation>
    </message>
    <message>
        <source>The vault refused the card: it failed the fraud check.</source>
        <translation>vault ปฏิเสธบัตร: บัตรไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>The vault refused the key (authentication failed). Check the public test key in Settings.</source>
        <translation>vault ปฏิเสธคีย์ (ยืนยันตัวตนไม่สำเร็จ) ตรวจสอบคีย์สาธารณะของโหมดทดสอบในการตั้งค่า</translation>
    </message>
    <message>
        <source>The vault&apos;s answer is larger than {size} KB; a token answer is a few KB. It was not read further.</source>
        <translation>คำตอบของ vault ใหญ่เกิน {size} KB (คำตอบของโทเค็นมีขนาดเพียงไม่กี่ KB) จึงหยุดอ่านต่อ</translation>
    </message>
    <message>
        <source>The vault&apos;s answer uses an encoding this app does not read ({encoding}).</source>
        <translation>คำตอบของ vault ใช้การเข้ารหัสที่แอปนี้อ่านไม่ได้ ({encoding})</translation>
    </message>
    <message>
        <source>The vault&apos;s compressed answer could not be decoded.</source>
        <translation>ถอดรหัสคำตอบแบบบีบอัดของ vault ไม่ได้</translation>
    </message>
    <message>
        <source>This token was already used.</source>
        <translation>โทเค็นนี้ถูกใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>Too many requests: the vault is rate-limiting token creation.</source>
        <translation>ส่งคำขอมากเกินไป: vault กำลังจำกัดอัตราการสร้างโทเค็น</translation>
    </message>
    <message>
        <source>Too many requests: the vault is rate-limiting token creation. Try again in {seconds} seconds.</source>
        <translation>ส่งคำขอมากเกินไป: vault กำลังจำกัดอัตราการสร้างโทเค็น ลองอีกครั้งในอีก {seconds} วินาที</translation>
    </message>
    <message>
        <source>Unknown Omise API version {version}.</source>
        <translation>ไม่รู้จัก Omise API เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>{explanation} ({message})</source>
        <comment>Omise&apos;s own message after the app&apos;s</comment>
        <translation>{explanation} (Omise แจ้งว่า: {message})</translation>
    </message>
    <message>
        <source>{explanation} {message}.</source>
        <comment>Omise&apos;s own message after the app&apos;s</comment>
        <translation>{explanation} Omise แจ้งว่า: {message}.</translation>
    </message>
</context>
<context>
    <name>VaultWords</name>
    <message>
        <source>Brand not supported (unknown).</source>
        <translation>ไม่รองรับแบรนด์บัตรนี้ (ไม่ทราบแบรนด์)</translation>
    </message>
    <message>
        <source>Expiration date cannot be in the past.</source>
        <translation>วันหมดอายุต้องไม่เป็นวันที่ผ่านมาแล้ว</translation>
    </message>
    <message>
        <source>Expiration date is invalid.</source>
        <translation>วันหมดอายุไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Expiration month can&apos;t be blank.</source>
        <translation>ต้องกรอกเดือนหมดอายุ</translation>
    </message>
    <message>
        <source>Expiration month is not between 1 and 12.</source>
        <translation>เดือนหมดอายุต้องอยู่ระหว่าง 1 ถึง 12</translation>
    </message>
    <message>
        <source>Expiration year is invalid.</source>
        <translation>ปีหมดอายุไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Name can&apos;t be blank.</source>
        <translation>ต้องกรอกชื่อบนบัตร</translation>
    </message>
    <message>
        <source>Number can&apos;t be blank.</source>
        <translation>ต้องกรอกหมายเลขบัตร</translation>
    </message>
    <message>
        <source>Number is invalid.</source>
        <translation>หมายเลขบัตรไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>An authorize-only charge (capture=false) was authorized: Omise&apos;s own plugins count that as a success, which is what this card promises.</source>
        <translation>การเรียกเก็บเงินแบบอนุมัติวงเงินอย่างเดียว (capture=false) ได้รับการอนุมัติแล้ว: ปลั๊กอินของ Omise เองนับแบบนี้ว่าสำเร็จ ซึ่งตรงกับที่บัตรนี้ควรเป็น</translation>
    </message>
    <message>
        <source>Expected failure code {expected_code}; the charge failed with {code}.</source>
        <translation>รหัสสาเหตุที่ไม่สำเร็จควรเป็น {expected_code} แต่การเรียกเก็บเงินไม่สำเร็จด้วย {code}</translation>
    </message>
    <message>
        <source>Expected {expected}, but the charge was authorized (capture=false).</source>
        <translation>ควรเป็น {expected} แต่การเรียกเก็บเงินได้รับการอนุมัติวงเงินแล้ว (capture=false)</translation>
    </message>
    <message>
        <source>Expected {expected}; the charge ended {status}.</source>
        <translation>ควรเป็น {expected} แต่การเรียกเก็บเงินจบที่ {status}</translation>
    </message>
    <message>
        <source>Not a catalog card: nothing was promised, so nothing is compared.</source>
        <translation>ไม่ใช่บัตรในรายการบัตรทดสอบ: ไม่มีผลที่ควรเป็น จึงไม่มีอะไรให้เทียบ</translation>
    </message>
    <message>
        <source>Not charged yet: the token has not been used in a charge.</source>
        <translation>ยังไม่ได้เรียกเก็บเงิน: ยังไม่ได้ใช้โทเค็นนี้ในการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Only an authorized charge can end {status}, so the card most likely did what it promises; but the authorization itself could not be seen with a public key. Check it in the dashboard or your backend&apos;s logs.</source>
        <translation>มีเพียงการเรียกเก็บเงินที่อนุมัติวงเงินแล้วเท่านั้นที่จบที่ {status} ได้ บัตรจึงน่าจะทำงานตามที่ควรเป็น แต่คีย์สาธารณะมองไม่เห็นการอนุมัติวงเงินนั้นเอง ตรวจสอบได้ในแดชบอร์ด Omise หรือ log ของ backend</translation>
    </message>
    <message>
        <source>The charge ended {status}, as this card promises.</source>
        <translation>การเรียกเก็บเงินจบที่ {status} ตามที่บัตรนี้ควรเป็น</translation>
    </message>
    <message>
        <source>The charge failed with {code}, as this card promises: status and failure code both compared.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จด้วย {code} ตามที่บัตรนี้ควรเป็น: เทียบทั้งสถานะและรหัสสาเหตุที่ไม่สำเร็จแล้ว</translation>
    </message>
    <message>
        <source>The charge failed, as this card promises, but the failure code could not be seen: a public key cannot read the charge&apos;s failure code; check it in the dashboard or your backend&apos;s logs.</source>
        <translation>การเรียกเก็บเงินไม่สำเร็จตามที่บัตรนี้ควรเป็น แต่มองไม่เห็นรหัสสาเหตุที่ไม่สำเร็จ: คีย์สาธารณะอ่านรหัสสาเหตุที่ไม่สำเร็จ (failure code) ของการเรียกเก็บเงินไม่ได้ ตรวจสอบได้ในแดชบอร์ด Omise หรือ log ของ backend</translation>
    </message>
    <message>
        <source>The charge is not final yet ({status}): a 3-D Secure charge stays pending, with an authorize_uri, until the buyer comes back; an authorize-only charge (capture=false) until it is captured or reversed. Refresh it later.</source>
        <translation>การเรียกเก็บเงินยังไม่จบ ({status}): การเรียกเก็บเงินแบบ 3-D Secure จะอยู่ที่ pending พร้อม authorize_uri จนกว่าผู้ซื้อจะกลับมา ส่วนการเรียกเก็บเงินแบบอนุมัติอย่างเดียว (capture=false) จะอยู่จนกว่าจะ capture หรือ reverse รีเฟรชอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <source>The charge was authorized, as this card promises, and later {status} (never captured): the card did its part.</source>
        <translation>การเรียกเก็บเงินได้รับการอนุมัติวงเงินตามที่บัตรนี้ควรเป็น แล้วภายหลังเป็น {status} (ไม่เคยเรียกเก็บเงินจริง): บัตรทำงานตามที่ควรเป็นแล้ว</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Qt&apos;s standard options work too, for example -style fusion, -platform offscreen or -reverse.</source>
        <translation>ใช้ตัวเลือกมาตรฐานของ Qt ได้ด้วย เช่น -style fusion, -platform offscreen หรือ -reverse</translation>
    </message>
    <message>
        <source>history and logs here (or ${env})</source>
        <translation>เก็บประวัติและล็อกที่นี่ (หรือ ${env})</translation>
    </message>
    <message>
        <source>settings here (or ${env})</source>
        <translation>เก็บการตั้งค่าที่นี่ (หรือ ${env})</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>แสดงเวอร์ชันของโปรแกรมแล้วออก</translation>
    </message>
    <message>
        <source>start another window even if the app already runs for these folders (by default that one is brought to the front)</source>
        <translation>เปิดอีกหน้าต่างแม้แอปจะเปิดอยู่แล้วสำหรับโฟลเดอร์เหล่านี้ (ค่าเริ่มต้นคือนำหน้าต่างเดิมขึ้นมาด้านหน้า)</translation>
    </message>
    <message>
        <source>start headless, create one token on the built-in Sandbox, print its id, exit</source>
        <translation>เริ่มแบบไม่แสดงหน้าต่าง สร้างโทเค็นหนึ่งรายการบน Sandbox ในตัวแอป พิมพ์รหัสโทเค็น แล้วออก</translation>
    </message>
    <message>
        <source>the window&apos;s language for this run: en (English) or th (Thai); by default the one chosen in Settings, else the computer&apos;s</source>
        <translation>ภาษาของหน้าต่างสำหรับการเปิดครั้งนี้: en (อังกฤษ) หรือ th (ไทย) ค่าเริ่มต้นคือภาษาที่เลือกไว้ในการตั้งค่า ถ้าไม่ได้เลือกจะใช้ภาษาของเครื่อง</translation>
    </message>
    <message>
        <source>with --smoke-test: also write the token id to FILE (for GUI builds without a console, such as the Windows installer&apos;s)</source>
        <translation>ใช้กับ --smoke-test: เขียนรหัสโทเค็นลงไฟล์ FILE ด้วย (สำหรับบิลด์ GUI ที่ไม่มีคอนโซล เช่นบิลด์จากตัวติดตั้งบน Windows)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (ค่าเริ่มต้น: %(default)s)</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ข้อผิดพลาด: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: คำเตือน: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือกกำกวม: %(option)s อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>อาร์กิวเมนต์ %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>อาร์กิวเมนต์ &apos;%(argument_name)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>เปิด &apos;%(filename)s&apos; ไม่ได้: %(error)s</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>คำสั่ง &apos;%(parser_name)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ต้องมี %s ค่า</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ต้องมีค่าอย่างน้อยหนึ่งค่า</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>มีค่าได้ไม่เกินหนึ่งค่า</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ต้องมีค่าหนึ่งค่า</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ไม่สนใจค่าที่ระบุ %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(type)s ไม่ถูกต้อง: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ตัวเลือกไม่ถูกต้อง: %(value)r (เลือกจาก %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับอาร์กิวเมนต์ %s ไม่ได้</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอาร์กิวเมนต์อย่างใดอย่างหนึ่งใน %s</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>ตัวเลือก &apos;%(option)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>อาร์กิวเมนต์ตามตำแหน่ง</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>แสดงหมายเลขเวอร์ชันของโปรแกรมแล้วออก</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>แสดงข้อความช่วยเหลือนี้แล้วออก</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>คำสั่งย่อย</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุอาร์กิวเมนต์ต่อไปนี้: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>ไม่คาดว่าจะมีตัวเลือก: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ไม่รู้จักคำสั่ง %(parser_name)r (เลือกได้: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
</context>
</TS>
