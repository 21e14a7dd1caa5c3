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
        <source>Version {version}</source>
        <translation>เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>Warning (Omise Token API)</source>
        <translation>คำเตือน (Omise Token API)</translation>
    </message>
</context>
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
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
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
        <source>Copy the last token id (the newest in the history, also one from before a restart)</source>
        <translation>คัดลอก id ของโทเค็นล่าสุด (โทเค็นใหม่สุดในประวัติ รวมถึงโทเค็นจากก่อนเปิดแอปใหม่)</translation>
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
        <source>Open the menu of the selected row</source>
        <translation>เปิดเมนูของแถวที่เลือก</translation>
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
</TS>
