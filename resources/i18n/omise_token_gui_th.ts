<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Accessibility</name>
    <message>
        <source>Ask the vault every few seconds about tokens whose charge is not final yet</source>
        <translation>ถาม vault ทุกไม่กี่วินาทีเกี่ยวกับโทเค็นที่การเรียกเก็บเงินยังไม่ได้ผลสุดท้าย</translation>
    </message>
    <message>
        <source>Billing address, first line (optional)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้ บรรทัดแรก (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address, second line (optional)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้ บรรทัดที่สอง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: city (optional)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้: เมือง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: country, as a two-letter code (type to search)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้: ประเทศ เป็นรหัสสองตัวอักษร (พิมพ์เพื่อค้นหา)</translation>
    </message>
    <message>
        <source>Billing address: postal code (optional)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้: รหัสไปรษณีย์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Billing address: state or province (optional)</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้: รัฐหรือจังหวัด (ไม่บังคับ)</translation>
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
    <name>CardForm</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>มีปัญหา %n จุด</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Billing address and phone</source>
        <translation>ที่อยู่สำหรับออกใบแจ้งหนี้และโทรศัพท์ (&amp;B)</translation>
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
        <translation>{brand} · ไม่ใช่บัตรทดสอบในแคตตาล็อก (ถ้าผ่าน Luhn การเรียกเก็บเงินควรสำเร็จ)</translation>
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
        <source>Expected charge</source>
        <translation>การเรียกเก็บเงินที่ควรเป็น</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Search test cards</source>
        <translation>ค้นหาบัตรทดสอบ</translation>
    </message>
    <message>
        <source>Search test cards (brand, number, outcome)…</source>
        <translation>ค้นหาบัตรทดสอบ (แบรนด์ หมายเลข ผลลัพธ์)…</translation>
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
        <source>Test cards grouped by the charge they should give; the highlighted card fills the card form (arrows move, Enter picks)</source>
        <translation>บัตรทดสอบจัดกลุ่มตามผลการเรียกเก็บเงินที่ควรได้; บัตรที่ไฮไลต์จะถูกกรอกลงฟอร์มบัตร (ลูกศรเลื่อน, Enter เลือก)</translation>
    </message>
    <message>
        <source>Type a brand, number or outcome to find test cards ({keys}); Down or Enter moves into the results</source>
        <translation>พิมพ์แบรนด์ หมายเลข หรือผลลัพธ์เพื่อค้นหาบัตรทดสอบ ({keys}); ลูกศรลงหรือ Enter เพื่อไปที่ผลการค้นหา</translation>
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
        <source>Omise: {code} · {human}</source>
        <translation>Omise: {code} · {human}</translation>
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
        <source>Vault said: “{message}”</source>
        <translation>vault ตอบว่า: “{message}”</translation>
    </message>
    <message>
        <source>What it means: {should} Check: {check}</source>
        <translation>ความหมาย: {should} สิ่งที่ต้องตรวจ: {check}</translation>
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
    <message>
        <source>{title} — {note}</source>
        <translation>{title} — {note}</translation>
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
</TS>
