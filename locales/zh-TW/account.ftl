## 登入前的公司帳戶：「建立一個」和「無法存取您的帳戶？」

## 建立公司或學校帳戶
account-create-title = 建立公司或學校帳戶
account-create-intro = 為您的組織建立新的公司或學校帳戶。您將成為該帳戶的全域管理員，並使用它登入合作夥伴中心及進行註冊。
account-domain = 組織網域
account-domain-hint = 只需輸入第一部分，例如 contoso。您的網域結尾為 { $suffix }
account-organization-name = 組織名稱
account-country = 國家/地區
account-first-name = 名字
account-last-name = 姓氏
account-user-name = 使用者名稱
account-user-name-hint = 登入名稱中 @ 之前的部分，例如 admin。
account-sign-in-name = 您的登入名稱將是 { $name }
account-password = 密碼
account-password-hint = 密碼長度須為 8 到 256 個字元，且至少包含下列其中三類：小寫字母、大寫字母、數字與符號。不可包含使用者名稱。
account-confirm-password = 確認密碼
account-create-submit = 建立帳戶
account-creating = 正在建立帳戶…
account-created-notice = 您的帳戶 { $name } 已建立，但您尚未登入。請選取「登入」以繼續。
account-have-account = 已經有公司帳戶？登入
account-error-user-name = 請使用字母、數字、連字號、底線和單引號，各部分之間可用單一句點分隔，且不可以句點開頭或結尾。
account-error-other-cloud = 無法在此合作夥伴中心建立此帳戶。請檢查組織網域。
account-error-earlier-attempt = 先前的嘗試可能已建立該帳戶。請嘗試使用它登入，或再次選取「建立帳戶」，依照您現在輸入的資訊建立。

## 無法存取您的帳戶？（自助式密碼重設）
account-recover-title = 無法存取您的帳戶？
account-recover-account-heading = 輸入您的公司帳戶
account-recover-intro = 為了重設密碼，我們會將驗證碼傳送到您的公司帳戶所登記的電話和電子郵件地址。
account-continue = 繼續
account-sending = 正在傳送…
account-recover-code-heading = 輸入驗證碼
account-recover-code-sent = 如果該帳戶存在，我們已將驗證碼傳送到其登記的電話和電子郵件。驗證碼將於 10 分鐘後到期。
account-recover-for = 公司帳戶：{ $name }
account-code = 驗證碼
account-code-hint = 6 位數驗證碼，例如 123456。
account-verifying = 正在驗證…
account-start-again = 重新開始
account-recover-password-heading = 建立新密碼
account-new-password = 新密碼
account-confirm-new-password = 確認新密碼
account-changing = 正在變更密碼…
account-recover-done-heading = 您的密碼已變更
account-recover-done-text = 請使用您的公司帳戶和新密碼登入。
account-error-reset-gone = 此密碼重設無法繼續。請重新開始以取得新的驗證碼。
