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
        <source>Recent scenarios appear here once you create a token with a test card.</source>
        <translation>สถานการณ์ทดสอบที่ใช้ล่าสุดจะแสดงที่นี่ เมื่อคุณสร้างโทเค็นด้วยบัตรทดสอบแล้ว</translation>
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
</TS>
