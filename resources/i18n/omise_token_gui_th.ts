<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Catalog</name>
    <message>
        <source>2017 third-party transcription of the docs</source>
        <translation>เอกสารที่บุคคลภายนอกคัดลอกไว้เมื่อปี 2017</translation>
    </message>
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
        <source>Failed fraud check</source>
        <translation>ไม่ผ่านการตรวจสอบการทุจริต</translation>
    </message>
    <message>
        <source>Failed processing</source>
        <translation>ประมวลผลไม่สำเร็จ</translation>
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
        <source>Omise blog</source>
        <translation>บล็อกของ Omise</translation>
    </message>
    <message>
        <source>Omise documentation</source>
        <translation>เอกสารของ Omise</translation>
    </message>
    <message>
        <source>Payment rejected</source>
        <translation>การชำระเงินถูกปฏิเสธ</translation>
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
        <source>unidentified copy (lowest)</source>
        <translation>สำเนาที่ไม่ทราบที่มา (น่าเชื่อถือน้อยที่สุด)</translation>
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
        <source>Cop&amp;y id on create</source>
        <translation>คัดลอกรหัสเมื่อสร้างเสร็จ (&amp;Y)</translation>
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
        <source>Open &amp;settings…</source>
        <translation>เปิดการตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Previous token (the last attempt below did not create one).</source>
        <translation>โทเค็นก่อนหน้า (ความพยายามครั้งล่าสุดด้านล่างไม่ได้สร้างโทเค็น)</translation>
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
        <translation>ล้างฟอร์ม (&amp;M)</translation>
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
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>The charge succeeds (status successful).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout shows the order as paid and sends its confirmation.</source>
        <translation type="unfinished"></translation>
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
        <translation>คัดลอกต่อไป</translation>
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
        <source>unused</source>
        <translation>ยังไม่ใช้</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>✔ as expected</source>
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
        <source>Failure code: {code}</source>
        <translation>รหัสความล้มเหลว (failure code): {code}</translation>
    </message>
    <message>
        <source>Last refreshed {time}</source>
        <translation>รีเฟรชล่าสุด {time}</translation>
    </message>
    <message>
        <source>Not a catalog test card: no expected outcome is known.</source>
        <translation>ไม่ใช่บัตรทดสอบจากแคตตาล็อก: ไม่ทราบผลที่ควรเป็น</translation>
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
        <source>{shown} of {total} token(s)</source>
        <translation>
            <numerusform>{shown} จาก {total} โทเค็น</numerusform>
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
    <name>Recent</name>
    <message>
        <source>No token in the history yet: create one first.</source>
        <translation>ยังไม่มีโทเค็นในประวัติ: สร้างโทเค็นก่อน</translation>
    </message>
</context>
</TS>
